/**
 * Site: what holds the application together and what every page shares — the chrome composed
 * around each page (with the slots other modules fill), error pages, security and web
 * configuration, and the in-memory page cache for anonymous readers.
 *
 * <p>Site may see every module: it composes. It never lists a feature's events or types to do so;
 * features speak to it through the shared {@code pages} module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Site")
package org.masthead.site;
