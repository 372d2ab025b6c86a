package org.masthead.accounts;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps every open session in step with its account. A session remembers who signed in, not what
 * they may do: on each request of a signed-in person their account is read again, so a new role,
 * a disabled account (or a ban) takes effect at once for all their sessions, on every node — a
 * demoted editor cannot create a section on a page opened before the demotion.
 */
@Component
public class MemberSessions {

    private final UserRepository users;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final HttpSessionCsrfTokenRepository csrfTokens = new HttpSessionCsrfTokenRepository();

    MemberSessions(UserRepository users) {
        this.users = users;
    }

    /** The filter that does it; it belongs right after the one that restores the security context. */
    public Filter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                refresh(request, response);
                chain.doFilter(request, response);
            }
        };
    }

    private void refresh(HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication authentication = context.getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInMember signedIn)) {
            return;
        }
        Optional<UserRepository.User> account = users.byId(signedIn.member().id());
        // Disabled, deleted, or the password changed since this session began (a reset ends every session).
        if (account.isEmpty() || account.get().disabledAt() != null
                || !SignedInMember.stamp(account.get().passwordHash()).equals(signedIn.passwordStamp())) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            return;
        }
        Member now = account.get().member();
        if (!now.equals(signedIn.member())) {
            open(new SignedInMember(now, null, true, signedIn.passwordStamp()), request, response);
        }
    }

    /**
     * Signs in whoever proved to hold the account by a link in their mailbox, in a new session (so that
     * no session id or form token from before survives it).
     */
    void signIn(long userId, HttpServletRequest request, HttpServletResponse response) {
        UserRepository.User user = users.byId(userId).orElseThrow();
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        csrfTokens.saveToken(null, request, response);
        open(new SignedInMember(user.member(), null, true, SignedInMember.stamp(user.passwordHash())), request, response);
    }

    private void open(SignedInMember principal, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext updated = SecurityContextHolder.createEmptyContext();
        updated.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(updated);
        contexts.saveContext(updated, request, response);
    }
}
