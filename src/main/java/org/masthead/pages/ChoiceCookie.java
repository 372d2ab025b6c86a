package org.masthead.pages;

import java.util.Set;

/**
 * A cookie that keeps a reader's choice of how some pages look (the order of a discussion, say).
 * Unlike a {@link PersonalCookie} it does not make those pages the reader's own: the page cache keeps
 * one shared copy for each value it may take, and serves readers the copy of their choice, with
 * {@code Vary: Cookie} so that shared caches in front do the same.
 *
 * @see #choice(jakarta.servlet.http.HttpServletRequest)
 */
public interface ChoiceCookie {

    String name();

    /** The values that change a page; any other value is no choice at all, and the page is the default one. */
    Set<String> values();

    /** Whether pages at this address (the path, without parameters) read the choice. */
    boolean shapes(String path);

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
