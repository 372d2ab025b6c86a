/**
 * Publishing: the newsroom's articles, authors, sections and tags, all their SQL, and the pages that
 * read them — article and list pages, the archive, feeds, sitemaps and the metadata that search
 * engines and social networks read (in {@code publishing.web}).
 *
 * <p>Other modules see:
 * <ul>
 * <li>{@link org.masthead.publishing.Publishing}, for reading what readers may see, and
 * {@link org.masthead.publishing.ArticleRef}, an article as others refer to it;
 * <li>{@link org.masthead.publishing.Editorial}, the one way articles are written, and
 * {@link org.masthead.publishing.Taxonomy}, for sections, authors and tags — both for the newsroom,
 * which decides who may;
 * <li>the events that say what happened to an article: {@link org.masthead.publishing.ArticlePublished},
 * {@link org.masthead.publishing.ArticleUpdated}, {@link org.masthead.publishing.ArticleWithdrawn},
 * {@link org.masthead.publishing.ArticleDeleted};
 * <li>the extension point {@link org.masthead.publishing.ArticleSection}, through which a module adds
 * a part under every article (the discussion).
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publishing", allowedDependencies = { "media" })
package org.masthead.publishing;
