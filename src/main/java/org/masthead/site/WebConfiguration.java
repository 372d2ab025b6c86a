package org.masthead.site;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ParameterGuard());
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
            @Value("${masthead.page-cache.shared-max-age}") Duration sharedMaxAge) {
        var registration = new FilterRegistrationBean<>(new PageCacheFilter(cache, slots, sharedMaxAge));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
