package org.masthead.publishing;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.masthead.pages.Dateline;

/**
 * The publication's settings, as every page reads them.
 *
 * @param baseUrl the public address without a trailing slash; canonical URLs, feeds and
 *     sitemaps are built on it, so that they stay right behind a proxy or CDN
 * @param supportHtml the support text rendered once from its Markdown
 * @param guestsMayComment whether readers without an account may comment, or must sign in first
 */
public record Publication(String name, String tagline, String baseUrl, String language, ZoneId timeZone,
        String logoUrl, String supportText, String supportHtml, Instant updatedAt, boolean guestsMayComment) {

    /** The publication's language, for dates and month names. */
    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /** A moment as the publication's readers read it: in its time zone and language. */
    public Dateline dateline(Instant instant) {
        return instant == null ? null : new Dateline(instant, timeZone, locale());
    }

    /**
     * The absolute URL of a path on this site ("/articles/x" becomes "https://example.org/articles/x").
     * Addresses may hold any script's letters ("/articles/νέα-γέφυρα"); here they are percent-encoded,
     * because feeds, sitemaps and headers need plain URIs where a browser's address bar does not.
     */
    public String absolute(String path) {
        if (path == null || path.isEmpty()) {
            return baseUrl + "/";
        }
        if (path.startsWith("http://") || path.startsWith("https://")) {
            return path;
        }
        return baseUrl + asciiOnly(path.startsWith("/") ? path : "/" + path);
    }

    /** Percent-encodes, as UTF-8, every character outside ASCII and every space; leaves the rest as it is. */
    static String asciiOnly(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            if (b < 0 || b == ' ') {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
            else {
                out.append((char) b);
            }
        }
        return out.toString();
    }
}
