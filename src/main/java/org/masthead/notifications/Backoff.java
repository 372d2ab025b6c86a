package org.masthead.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a message whose sending failed is tried again: 30 seconds after the first failure, then
 * four times as long after each further one (2 min, 8 min, 32 min, …) but never more than 6 hours,
 * until it has had {@code maxAttempts} tries. The quick retries ride out a blip; the long ones an
 * SMTP server that is down for the night — 8 tries span about 15 hours.
 */
final class Backoff {

    static final Duration FIRST = Duration.ofSeconds(30);
    static final Duration LONGEST = Duration.ofHours(6);
    private static final int FACTOR = 4;

    private final Clock clock;
    private final int maxAttempts;

    Backoff(Clock clock, int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("masthead.mail.max-attempts must be at least 1, not " + maxAttempts);
        }
        this.clock = clock;
        this.maxAttempts = maxAttempts;
    }

    /** The wait after the {@code failures}-th failed attempt (1 for the first). */
    static Duration delayAfter(int failures) {
        Duration delay = FIRST;
        // Stops at the cap, so no number of failures can overflow.
        for (int i = 1; i < failures && delay.compareTo(LONGEST) < 0; i++) {
            delay = delay.multipliedBy(FACTOR);
        }
        return delay.compareTo(LONGEST) > 0 ? LONGEST : delay;
    }

    /** When to try again after {@code failures} failed attempts, or empty when the message has had all its tries. */
    Optional<Instant> retryAfter(int failures) {
        if (failures >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(clock.instant().plus(delayAfter(failures)));
    }
}
