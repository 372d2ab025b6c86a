package org.masthead.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that names its client in {@code X-Forwarded-For} while no proxy is trusted most likely
 * comes through a proxy the operator forgot to name: then every reader has the proxy's address, and
 * shares one allowance of sign-ins and mail with everyone else. Said once in the log, with the fix.
 */
class UntrustedProxyWarning extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(UntrustedProxyWarning.class);

    private final boolean anyTrusted;
    private final AtomicBoolean warned = new AtomicBoolean();

    UntrustedProxyWarning(boolean anyTrusted) {
        this.anyTrusted = anyTrusted;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return anyTrusted || warned.get();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getHeader("X-Forwarded-For") != null && warned.compareAndSet(false, true)) {
            log.warn("A request from {} names its client in X-Forwarded-For, but no proxy is trusted: every reader "
                    + "behind that proxy counts as one client for the limits on sign-ins and mail, and cookies are "
                    + "not marked Secure. If {} is your proxy, set MASTHEAD_TRUSTED_PROXIES={}.",
                    request.getRemoteAddr(), request.getRemoteAddr(), request.getRemoteAddr());
        }
        chain.doFilter(request, response);
    }
}
