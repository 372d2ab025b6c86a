package org.masthead.site;

import jakarta.servlet.http.HttpServletResponse;
import org.masthead.accounts.MemberSessions;
import org.masthead.accounts.SignInGuard;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may reach what, and the headers that keep readers safe: the public site is open to all;
 * the newsroom needs a staff role (each action is checked again by the newsroom itself); a strict
 * Content-Security-Policy (no inline script, no third-party anything), no framing, no sniffing.
 * Forms on cached pages are protected by where the browser says they come from ({@link SameOriginForms}).
 * Only a web application has any of this: the command-line commands start none.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data: blob:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private static HttpSessionRequestCache returnAfterSignIn() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setMatchingRequestParameterName(null);
        return cache;
    }

    static final String[] STAFF = { "OWNER", "EDITOR", "AUTHOR", "CONTRIBUTOR", "MODERATOR" };

    @Bean
    SecurityFilterChain site(HttpSecurity http, SignInGuard guard, MemberSessions sessions,
            @Value("${masthead.stripe.checkout-origin:https://checkout.stripe.com}") String checkoutOrigin) throws Exception {
        var success = new SavedRequestAwareAuthenticationSuccessHandler();
        success.setDefaultTargetUrl("/account");
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").denyAll()
                        .requestMatchers("/newsroom", "/newsroom/**").hasAnyRole(STAFF)
                        .requestMatchers("/account", "/account/**").authenticated()
                        .anyRequest().permitAll())
                .formLogin(form -> form.loginPage("/signin").loginProcessingUrl(SignInGuard.PROCESSING_PATH)
                        .successHandler(guard.succeeding(success)).failureHandler(guard).permitAll())
                .addFilterBefore(guard.filter(), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(sessions.filter(), SecurityContextHolderFilter.class)
                // One-click unsubscribe links (RFC 8058) are posted by mail clients, from no page of this site;
                // each carries its own signature instead.
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(new SameOriginForms())
                        // and Stripe's webhook comes from Stripe, signed with the account's secret.
                        .ignoringRequestMatchers("/unsubscribe/**", "/stripe/webhook"))
                // After signing in, back to the page as it was asked for, without a marker parameter the
                // page would refuse as unknown.
                .requestCache(cache -> cache.requestCache(returnAfterSignIn()))
                .logout(logout -> logout.logoutUrl("/signout").logoutSuccessUrl("/signin?signedOut")
                        .deleteCookies("JSESSIONID"))
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, denied) ->
                        response.sendError(HttpServletResponse.SC_FORBIDDEN, denied instanceof CsrfException
                                ? "This form has expired or did not come from this site. Go back, reload the page and try again."
                                : "Your account does not give you access to this page.")))
                .headers(headers -> headers
                        // Caching is decided by the page cache and by each handler, not blanket-forbidden.
                        .cacheControl(cache -> cache.disable())
                        // The support form is answered by a redirect to the payment provider's checkout,
                        // which browsers check against form-action too.
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY.replace(
                                "form-action 'self'", "form-action 'self' " + checkoutOrigin.strip())))
                        .referrerPolicy(referrer -> referrer
                                .policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .permissionsPolicyHeader(permissions -> permissions
                                .policy("camera=(), microphone=(), geolocation=(), interest-cohort=()")));
        return http.build();
    }
}
