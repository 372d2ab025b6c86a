package org.masthead.pages;

import java.util.List;

/**
 * What a page says about itself in its {@code <head>}: title, description, canonical address, the
 * OpenGraph/Twitter card, structured data, alternate feeds and the scripts it loads.
 *
 * @param canonicalUrl absolute URL
 * @param openGraphType "article" or "website"
 * @param imageUrl absolute URL of the sharing image, or null
 * @param jsonLd structured data as JSON, already safe to place inside a script element, or null
 * @param feeds alternate feeds for this page
 * @param indexable false for pages search engines should not index (search results, errors)
 * @param scripts the site's own scripts this page needs, none for most pages
 */
public record PageHead(String title, String description, String canonicalUrl, String openGraphType,
        String imageUrl, String imageAlt, String jsonLd, List<FeedLink> feeds, boolean indexable,
        String previousUrl, String nextUrl, List<Script> scripts) {

    /** A feed offered by a page through {@code <link rel="alternate">}. */
    public record FeedLink(String title, String type, String url) {
    }

    /** A plain page: not an article, no image, no structured data. */
    public static PageHead simple(String title, String description, String canonicalUrl) {
        return new PageHead(title, description, canonicalUrl, "website", null, null, null, List.of(), true,
                null, null, List.of());
    }

    /** The same page, kept out of search engines' indexes. */
    public PageHead notIndexed() {
        return new PageHead(title, description, canonicalUrl, openGraphType, imageUrl, imageAlt, jsonLd, feeds,
                false, previousUrl, nextUrl, scripts);
    }

    /** The same page, loading these scripts too. */
    public PageHead withScripts(List<Script> more) {
        List<Script> all = new java.util.ArrayList<>(scripts);
        more.stream().filter(s -> !all.contains(s)).forEach(all::add);
        return new PageHead(title, description, canonicalUrl, openGraphType, imageUrl, imageAlt, jsonLd, feeds,
                indexable, previousUrl, nextUrl, List.copyOf(all));
    }
}
