package org.masthead.accounts;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands in front of the sign-in form's processing: counts each attempt before the password is
 * checked and refuses it once an allowance is spent ({@link LoginThrottle}); gives a successful
 * attempt back and remembers the browser it came from ({@link KnownBrowsers}).
 */
@Component
public class SignInGuard implements AuthenticationFailureHandler {

    public static final String PROCESSING_PATH = "/signin";
    private static final String ATTEMPT = SignInGuard.class.getName() + ".attempt";

    private final LoginThrottle throttle;
    private final KnownBrowsers browsers;

    SignInGuard(LoginThrottle throttle, KnownBrowsers browsers) {
        this.throttle = throttle;
        this.browsers = browsers;
    }

    /** The filter that counts attempts; it belongs right before the one that checks the password. */
    public Filter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !("POST".equals(request.getMethod()) && PROCESSING_PATH.equals(request.getServletPath()));
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                guard(request, response, chain);
            }
        };
    }

    private void guard(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String account = request.getParameter("username");
        var attempt = new LoginThrottle.Attempt(account, ClientAddress.of(request),
                browsers.recognize(request, account).orElse(null));
        if (!throttle.attempt(attempt)) {
            response.sendRedirect("/signin?throttled");
            return;
        }
        request.setAttribute(ATTEMPT, attempt);
        chain.doFilter(request, response);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        response.sendRedirect("/signin?error");
    }

    /** Wraps what happens after a successful sign-in: the attempt is given back and the browser remembered first. */
    public AuthenticationSuccessHandler succeeding(AuthenticationSuccessHandler then) {
        return (request, response, authentication) -> {
            if (request.getAttribute(ATTEMPT) instanceof LoginThrottle.Attempt attempt) {
                throttle.succeeded(attempt);
            }
            remember(authentication, request, response);
            then.onAuthenticationSuccess(request, response, authentication);
        };
    }

    private void remember(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        if (authentication.getPrincipal() instanceof SignedInMember signedIn) {
            browsers.remember(signedIn.member().id(), request, response);
        }
    }
}
