package org.masthead.site;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/** Whether a request comes with a session: then its pages are the reader's own, and its forms carry a token. */
final class SessionCookies {

    private static final Set<String> NAMES = Set.of("JSESSIONID", "SESSION");

    private SessionCookies() {
    }

    static boolean present(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (NAMES.contains(cookie.getName())) {
                    return true;
                }
            }
        }
        return false;
    }
}
