package org.masthead.site;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Set;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Decides which requests must carry a CSRF token. Pages for anonymous readers are cached and the
 * same for everyone, so their forms carry none (printing one would start a session and make the
 * page uncacheable). A state-changing request without a session is therefore checked by where the
 * browser says it comes from: {@code Sec-Fetch-Site} or {@code Origin} must name this site. Every
 * browser in use sends one of them with a form; a client that sends neither is not a browser, and
 * a request it makes cannot borrow anyone's session or cookies. A request with a session always
 * needs its token.
 */
final class SameOriginForms implements RequestMatcher {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    public boolean matches(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return false;
        }
        return SessionCookies.present(request) || request.getSession(false) != null || !sameOrigin(request);
    }

    /** Whether the browser says the request comes from a page of this site, or says nothing at all. */
    static boolean sameOrigin(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin");
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        try {
            URI uri = URI.create(origin);
            int port = uri.getPort() == -1 ? ("https".equals(uri.getScheme()) ? 443 : 80) : uri.getPort();
            return request.getServerName().equalsIgnoreCase(uri.getHost()) && request.getServerPort() == port
                    && request.getScheme().equalsIgnoreCase(uri.getScheme());
        }
        catch (IllegalArgumentException notAnOrigin) {
            return false; // includes "null", sent by sandboxed and privacy-sensitive contexts
        }
    }
}
