package org.masthead.pages;

/**
 * A script a page loads from this site; the Content-Security-Policy allows no other kind, and no
 * inline script at all.
 *
 * @param src the script's path, e.g. {@code /js/discussion.js}; the layout versions it by content
 * @param module true for an ES module (deferred by nature), false for a classic script loaded with {@code defer}
 */
public record Script(String src, boolean module) {

    /** htmx, from its WebJar. */
    public static final Script HTMX = new Script("/webjars/htmx.org/dist/htmx.min.js", false);

    /** One of the site's own small ES modules under {@code /js/}. */
    public static Script module(String src) {
        return new Script(src, true);
    }
}
