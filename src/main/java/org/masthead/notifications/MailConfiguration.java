package org.masthead.notifications;

import gg.jte.TemplateEngine;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * The outbox's defaults (notifications.properties, which application.properties and the
 * environment override), its templates and its retry schedule.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:notifications.properties")
class MailConfiguration {

    /** The HTML parts come from the application's jte engine: precompiled in the jar, like every page. */
    @Bean
    EmailTemplates emailTemplates(TemplateEngine jte) {
        return new EmailTemplates(jte, "classpath:email/");
    }

    @Bean
    Backoff outboxBackoff(Clock clock, @Value("${masthead.mail.max-attempts}") int maxAttempts) {
        return new Backoff(clock, maxAttempts);
    }
}
