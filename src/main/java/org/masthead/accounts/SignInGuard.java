package org.masthead.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands in front of the sign-in form's processing: refuses attempts once an account or a network
 * address has failed too often, and counts failures as they happen.
 */
public class SignInGuard extends OncePerRequestFilter implements AuthenticationFailureHandler {

    public static final String PROCESSING_PATH = "/signin";

    private final LoginThrottle throttle;

    public SignInGuard(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && PROCESSING_PATH.equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!throttle.allows(request.getParameter("username"), request.getRemoteAddr())) {
            response.sendRedirect("/signin?throttled");
            return;
        }
        chain.doFilter(request, response);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        throttle.failed(request.getParameter("username"), request.getRemoteAddr());
        response.sendRedirect("/signin?error");
    }
}
