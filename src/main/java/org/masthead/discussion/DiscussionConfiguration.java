package org.masthead.discussion;

import org.masthead.pages.PersonalCookie;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DiscussionSettings.class)
class DiscussionConfiguration {

    /** A guest with a pass sees their own votes and edit links: their pages are theirs, not the shared copy. */
    @Bean
    PersonalCookie guestPass() {
        return () -> GuestPasses.COOKIE;
    }
}
