/**
 * Site: what every page shares and what holds the application together — the layout's masthead
 * and navigation, error pages, security and web configuration, the in-memory page cache for
 * anonymous readers, and the "Support" page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Site")
package org.masthead.site;
