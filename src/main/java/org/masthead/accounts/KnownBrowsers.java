package org.masthead.accounts;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.ResponseCookie;
import org.springframework.transaction.TransactionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The browsers an account has signed in from (the newest twenty). Each gets a cookie holding a random
 * token, stored hashed like the emailed links; a sign-in attempt from such a browser for that account is counted
 * apart from everyone else's (see {@link LoginThrottle}), so a stranger's failures never lock it out.
 * The cookie is only sent to the sign-in form, and only proves which browser this is, not who is
 * signing in: the password is still checked.
 */
@Component
class KnownBrowsers {

    static final String COOKIE = "masthead_browser";
    static final Duration REMEMBERED_FOR = Duration.ofDays(365);
    private static final Logger log = LoggerFactory.getLogger(KnownBrowsers.class);

    private final BrowserRepository browsers;
    private final UserRepository users;
    private final TransactionTemplate transaction;
    private final Clock clock;

    KnownBrowsers(BrowserRepository browsers, UserRepository users, TransactionTemplate transaction, Clock clock) {
        this.browsers = browsers;
        this.users = users;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The stored hash of this browser's token when it has signed in to this account before, else empty. */
    Optional<String> recognize(HttpServletRequest request, String email) {
        Optional<String> token = token(request);
        if (token.isEmpty() || email == null) {
            return Optional.empty();
        }
        String hash = OneTimeLinks.hash(token.get());
        try {
            Optional<Long> holder = browsers.holder(hash, clock.instant());
            Optional<Long> account = users.byEmail(email.strip().toLowerCase(java.util.Locale.ROOT))
                    .map(UserRepository.User::id);
            return holder.isPresent() && holder.equals(account) ? Optional.of(hash) : Optional.empty();
        }
        catch (DataAccessException busy) {
            // Counted as a new browser then: stricter, never wrong.
            return Optional.empty();
        }
    }

    /** Remembers this browser for the account that just proved itself here, unless it already is. */
    void remember(long userId, HttpServletRequest request, HttpServletResponse response) {
        Instant now = clock.instant();
        Optional<String> token = token(request);
        if (token.isPresent() && browsers.holder(OneTimeLinks.hash(token.get()), now).equals(Optional.of(userId))) {
            return;
        }
        String fresh = OneTimeLinks.newToken();
        try {
            transaction.executeWithoutResult(
                    status -> browsers.remember(OneTimeLinks.hash(fresh), userId, now.plus(REMEMBERED_FOR), now));
        }
        catch (DataAccessException | TransactionException busy) {
            // Only a convenience: the sign-in or reset it follows has happened, and must be answered as such.
            log.warn("Could not remember a browser for account {}: {}", userId, busy.getMessage());
            return;
        }
        response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE, fresh).path(SignInGuard.PROCESSING_PATH)
                .maxAge(REMEMBERED_FOR).httpOnly(true).secure(request.isSecure()).sameSite("Strict").build().toString());
    }

    private static Optional<String> token(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).map(Cookie::getValue)
                .filter(value -> value.length() <= 100).findFirst();
    }
}
