package org.masthead.accounts;

import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** How people are found, how their passwords are checked, and how handlers receive the signed-in {@link Member}. */
@Configuration(proxyBeanMethods = false)
class AccountsSecurity implements WebMvcConfigurer {

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

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == Member.class;
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                    NativeWebRequest request, WebDataBinderFactory binders) {
                return current();
            }
        });
    }

    /** The signed-in member, or null for anonymous requests. */
    static Member current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInMember signedIn) {
            return signedIn.member();
        }
        return null;
    }
}
