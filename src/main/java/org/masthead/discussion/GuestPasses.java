package org.masthead.discussion;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * A guest's pass: a random id in a cookie signed by the site, given with a guest's first comment or
 * vote. It lets the guest vote once per comment and edit their own comments for a while, without an
 * account or a session (so their pages may still come from the page cache until they have one).
 */
@Component
class GuestPasses {

    static final String COOKIE = "masthead_guest";
    private static final Duration KEPT = Duration.ofDays(365);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DiscussionKeys keys;

    GuestPasses(DiscussionKeys keys) {
        this.keys = keys;
    }

    /** What the request's cookie says. */
    sealed interface Presented {
    }

    /** No pass: a guest who has not written or voted yet. */
    record None() implements Presented {
    }

    /** A pass this site issued. */
    record Valid(String id) implements Presented {
    }

    /** A cookie of that name this site did not sign. */
    record Forged() implements Presented {
    }

    Presented read(HttpServletRequest request) {
        Optional<String> value = cookie(request);
        if (value.isEmpty()) {
            return new None();
        }
        String[] parts = value.get().split("\\.", -1);
        if (parts.length != 2 || parts[0].length() != 22 || !keys.signed("guest:" + parts[0], parts[1])) {
            return new Forged();
        }
        return new Valid(parts[0]);
    }

    /** The guest's pass id, issuing one (and its cookie) when they have none yet. */
    String issue(HttpServletRequest request, HttpServletResponse response) {
        if (read(request) instanceof Valid valid) {
            return valid.id();
        }
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        String guest = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
        response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE, guest + "." + keys.sign("guest:" + guest))
                .path("/").maxAge(KEPT).httpOnly(true).secure(request.isSecure()).sameSite("Lax").build().toString());
        return guest;
    }

    private static Optional<String> cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty()
                : Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).map(Cookie::getValue).findFirst();
    }
}
