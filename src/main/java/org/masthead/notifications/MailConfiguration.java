package org.masthead.notifications;

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

    @Bean
    EmailTemplates emailTemplates() {
        return new EmailTemplates("classpath:email/");
    }

    @Bean
    Backoff outboxBackoff(Clock clock, @Value("${masthead.mail.max-attempts}") int maxAttempts) {
        return new Backoff(clock, maxAttempts);
    }
}
