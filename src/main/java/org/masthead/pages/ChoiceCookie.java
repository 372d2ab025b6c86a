package org.masthead.pages;

import java.util.Set;

/**
 * A cookie that keeps a reader's choice of how some pages look (the order of a discussion, say).
 * Unlike a {@link PersonalCookie} it does not make those pages the reader's own: the page cache keeps
 * one shared copy for each value it may take, and serves readers the copy of their choice.
 *
 * <p>The pages it shapes say {@code Vary: Cookie}, so that a shared cache in front (a CDN) does not
 * hand one reader's order to another. Readers with no cookie at all, which anonymous readers are
 * until they choose, still share one copy there; a CDN that keys on the whole Cookie header keeps a
 * copy per chooser, and one that ignores {@code Vary} must not cache these pages. Keep the pages a
 * choice shapes to the few that read it.
 *
 * @see #choice(jakarta.servlet.http.HttpServletRequest)
 */
public interface ChoiceCookie {

    String name();

    /** The values that change a page; any other value is no choice at all, and the page is the default one. */
    Set<String> values();

    /**
     * Whether the page a request asks for reads the choice.
     *
     * @param path the address's path as decoded, without the application's context path
     */
    boolean shapes(String path, jakarta.servlet.http.HttpServletRequest request);

    /** The reader's choice as sent, when it is one of {@link #values()}; null otherwise. */
    default String choice(jakarta.servlet.http.HttpServletRequest request) {
        jakarta.servlet.http.Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (jakarta.servlet.http.Cookie cookie : cookies) {
                if (cookie.getName().equals(name()) && values().contains(cookie.getValue())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }
}
