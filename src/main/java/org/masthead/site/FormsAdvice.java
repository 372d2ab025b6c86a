package org.masthead.site;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Hands forms their CSRF token. The token is deferred: it is made (and a session started) only
 * when a template actually prints it, so public pages stay cookie-free and cacheable.
 */
@ControllerAdvice
class FormsAdvice {

    @ModelAttribute("csrf")
    CsrfToken csrf(HttpServletRequest request) {
        return (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    }
}
