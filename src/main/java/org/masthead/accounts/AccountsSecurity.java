package org.masthead.accounts;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How people are found and how their passwords are checked. */
@Configuration(proxyBeanMethods = false)
class AccountsSecurity {

    /** bcrypt at cost 12 today; the prefix in each hash lets a stronger scheme take over later without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(12)));
    }

    @Bean
    UserDetailsService memberDetails(UserRepository users) {
        return email -> users.byEmail(email.strip().toLowerCase(java.util.Locale.ROOT))
                .map(u -> new SignedInMember(u.member(), u.passwordHash(), u.disabledAt() == null))
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
    }
}
