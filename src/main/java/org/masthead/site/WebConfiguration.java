package org.masthead.site;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ParameterGuard());
    }

    /**
     * Which peers may say, in {@code X-Forwarded-For}, {@code -Proto} and {@code -Host}, who the
     * client is: only the proxies the operator names ({@code MASTHEAD_TRUSTED_PROXIES}, addresses
     * separated by commas). The server's default trusts every private and loopback address, so that
     * anyone who reached the site through such an address could name themselves anew with each
     * request and escape every limit kept per client; by default nobody is trusted.
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> trustedProxies(
            @Value("${masthead.trusted-proxies:}") List<String> proxies) {
        String pattern = proxies.stream().map(String::strip).filter(p -> !p.isEmpty())
                .flatMap(WebConfiguration::spellings).map(Pattern::quote).distinct().collect(Collectors.joining("|"));
        return factory -> factory.getEngineValves().stream().filter(RemoteIpValve.class::isInstance)
                .map(RemoteIpValve.class::cast).forEach(valve -> {
                    valve.setInternalProxies(pattern.isEmpty() ? NOBODY : pattern);
                    valve.setTrustedProxies(NOBODY);
                });
    }

    /**
     * How much of a response Tomcat hands the kernel per write. Its default of 8 KB writes a page with
     * its comments (100 KB and more) in a dozen system calls; a larger buffer costs that much memory per
     * open connection, so it is a setting.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> writeBuffer(
            @Value("${masthead.write-buffer}") int bytes) {
        return factory -> factory.addConnectorCustomizers(
                connector -> connector.setProperty("socket.appWriteBufSize", Integer.toString(bytes)));
    }

    /** A pattern no address matches. */
    private static final String NOBODY = "(?!)";

    /** An address as given and as the server writes it ({@code ::1} is {@code 0:0:0:0:0:0:0:1} there). */
    private static java.util.stream.Stream<String> spellings(String address) {
        if (!address.matches("[0-9a-fA-F:.]+")) {
            throw new IllegalArgumentException("masthead.trusted-proxies takes IP addresses, not names or ranges: "
                    + address);
        }
        try {
            return java.util.stream.Stream.of(address, java.net.InetAddress.getByName(address).getHostAddress());
        }
        catch (java.net.UnknownHostException notAnAddress) {
            throw new IllegalArgumentException("masthead.trusted-proxies: not an IP address: " + address);
        }
    }

    /** Says once, in the log, that a proxy seems to be in front but is not trusted, so every reader looks alike. */
    @Bean
    FilterRegistrationBean<UntrustedProxyWarning> untrustedProxyWarning(
            @Value("${masthead.trusted-proxies:}") List<String> proxies) {
        var registration = new FilterRegistrationBean<>(new UntrustedProxyWarning(
                proxies.stream().anyMatch(p -> !p.isBlank())));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** Requests the server refuses on its own still get a page in the site's style. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> malformedRequestPage() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(MalformedRequestPage.class.getName());
            }
        });
    }

    /**
     * The page cache sits in front of everything, even the request metrics, security and MVC: a cached
     * page costs a map lookup and a write. (Profiling showed the metrics alone at a fifth of a hit.)
     */
    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache, ChromeSlots slots,
            @Value("${masthead.page-cache.shared-max-age}") Duration sharedMaxAge,
            List<org.masthead.pages.PersonalCookie> personalCookies, List<org.masthead.pages.ChoiceCookie> choices,
            @Value("${masthead.rendering.at-once:#{T(java.lang.Runtime).getRuntime().availableProcessors() * 4}}") int atOnce,
            @Value("${masthead.rendering.wait}") Duration renderingWait) {
        var registration = new FilterRegistrationBean<>(new PageCacheFilter(cache, slots, sharedMaxAge,
                personalCookies.stream().map(org.masthead.pages.PersonalCookie::name)
                        .collect(java.util.stream.Collectors.toSet()), choices, new RenderingTurns(atOnce, renderingWait)));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /**
     * Uploads as usual, except on the way to an error page: an upload refused because it could not be
     * read ({@link ReadableRequests}) would otherwise be parsed again there, and fail again.
     */
    @Bean(name = DispatcherServlet.MULTIPART_RESOLVER_BEAN_NAME)
    StandardServletMultipartResolver multipartResolver() {
        return new StandardServletMultipartResolver() {
            @Override
            public boolean isMultipart(HttpServletRequest request) {
                return request.getDispatcherType() != DispatcherType.ERROR && super.isMultipart(request);
            }
        };
    }

    /**
     * Right behind the page cache (which checks the few requests it serves itself), before security and
     * MVC: every request that reaches the application has readable parameters.
     */
    @Bean
    FilterRegistrationBean<ReadableRequests> readableRequests() {
        var registration = new FilterRegistrationBean<>(new ReadableRequests());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
