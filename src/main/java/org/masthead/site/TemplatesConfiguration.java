package org.masthead.site;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import org.springframework.web.servlet.view.AbstractUrlBasedView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The jte templates, compiled with the build into the package of the module whose folder holds
 * them ({@code src/main/jte/publishing/article.jte} becomes a class in {@code org.masthead.publishing}).
 * The module checks therefore see what templates use exactly as they see what code uses: a template
 * that reaches into another module's internals fails {@code ModularityTests} like a class would.
 */
@Configuration(proxyBeanMethods = false)
class TemplatesConfiguration {

    static final String PACKAGE = "org.masthead";

    @Bean
    TemplateEngine templateEngine() {
        return TemplateEngine.createPrecompiled(null, ContentType.Html, TemplatesConfiguration.class.getClassLoader(),
                PACKAGE);
    }

    /** Pages as {@link WholePageView}s: rendered into bytes, sent in one write. */
    @Bean
    JteViewResolver jteViewResolver(TemplateEngine templates, JteProperties properties) {
        JteViewResolver resolver = new JteViewResolver(templates, properties) {
            @Override
            protected AbstractUrlBasedView instantiateView() {
                return new WholePageView(templates);
            }
        };
        resolver.setViewClass(WholePageView.class);
        return resolver;
    }
}
