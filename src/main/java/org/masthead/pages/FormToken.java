package org.masthead.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The CSRF token a form must carry for a reader who has a session. A reader without one gets none:
 * their page is cached and the same for everyone, and their forms are checked by where the browser
 * says they come from instead (see the package description).
 *
 * @param parameterName the form field to send it in
 * @param headerName the header htmx sends it in
 */
public record FormToken(String parameterName, String headerName, String value) {

    /** The token for this request's reader, or null when they have no session. */
    public static FormToken of(HttpServletRequest request) {
        if (request.getSession(false) == null
                || !(request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token)) {
            return null;
        }
        return new FormToken(token.getParameterName(), token.getHeaderName(), token.getToken());
    }
}
