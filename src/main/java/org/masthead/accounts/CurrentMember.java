package org.masthead.accounts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.core.annotation.AuthenticationPrincipal;

/**
 * Marks a handler parameter that receives the signed-in {@link Member}, or null for an anonymous
 * request. Spring Security resolves it from the authenticated principal.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@AuthenticationPrincipal(expression = "#this instanceof T(org.masthead.accounts.SignedInMember) ? member() : null")
public @interface CurrentMember {
}
