/**
 * Publishing: the newsroom's articles, authors, sections, tags and media, and everything that
 * reads them — article and list pages, search, feeds, sitemaps and the metadata that search
 * engines and social networks read.
 *
 * <p>Other modules see {@link org.masthead.publishing.Publishing} (the publication and its
 * sections), the page description {@link org.masthead.publishing.PageHead}, the cache vocabulary
 * {@link org.masthead.publishing.PageTopics} and the events this module publishes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publishing")
package org.masthead.publishing;
