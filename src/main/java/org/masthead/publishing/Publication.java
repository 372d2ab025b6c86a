package org.masthead.publishing;

import java.time.Instant;
import java.time.ZoneId;

/**
 * The publication's settings, as every page reads them.
 *
 * @param baseUrl the public address without a trailing slash; canonical URLs, feeds and
 *     sitemaps are built on it, so that they stay right behind a proxy or CDN
 * @param supportHtml the support text rendered once from its Markdown
 */
public record Publication(String name, String tagline, String baseUrl, String language, ZoneId timeZone,
        String logoUrl, String supportText, String supportHtml, Instant updatedAt) {

    /** The absolute URL of a path on this site ("/articles/x" becomes "https://example.org/articles/x"). */
    public String absolute(String path) {
        if (path == null || path.isEmpty()) {
            return baseUrl + "/";
        }
        if (path.startsWith("http://") || path.startsWith("https://")) {
            return path;
        }
        return baseUrl + (path.startsWith("/") ? path : "/" + path);
    }
}
