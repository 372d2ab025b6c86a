package org.masthead.accounts;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How people are found and how their passwords are checked. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(Limits.class)
class AccountsSecurity {

    /**
     * bcrypt, at cost 12 unless configured ({@code MASTHEAD_PASSWORD_COST}: each step doubles the work of
     * a sign-in, for the server and for anyone guessing; a stored hash keeps the cost it was made at
     * until its password is changed); the prefix in each hash lets a stronger scheme take over later
     * without a reset. A password longer than bcrypt reads cannot be anyone's (no form accepts one), so it simply
     * does not match, instead of failing the sign-in with an error.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${masthead.accounts.password-cost:12}") int cost) {
        if (cost < 4 || cost > 31) {
            throw new IllegalStateException("masthead.accounts.password-cost (MASTHEAD_PASSWORD_COST) is bcrypt's cost, "
                    + "from 4 to 31; it is " + cost + ".");
        }
        PasswordEncoder bcrypt = new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(cost)));
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return bcrypt.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                if (Credentials.tooLongToHash(raw)) {
                    // Still as slow as a real check, so the answer's timing says nothing.
                    bcrypt.matches("", encoded);
                    return false;
                }
                return bcrypt.matches(raw, encoded);
            }

            @Override
            public boolean upgradeEncoding(String encoded) {
                return bcrypt.upgradeEncoding(encoded);
            }
        };
    }

    @Bean
    UserDetailsService memberDetails(UserRepository users) {
        return email -> users.byEmail(email.strip().toLowerCase(java.util.Locale.ROOT))
                .map(u -> new SignedInMember(u.member(), u.passwordHash(), u.disabledAt() == null,
                        SignedInMember.stamp(u.passwordHash())))
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
    }
}
