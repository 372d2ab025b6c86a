package org.masthead.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * When a message whose sending failed is tried again: 30 seconds after the first failure, then
 * four times as long after each further one (2 min, 8 min, 32 min, …) but never more than 6 hours,
 * until it has had {@code maxAttempts} tries. The quick retries ride out a blip; the long ones an
 * SMTP server that is down for the night — 8 tries span about 15 hours. The schedule is Spring's
 * {@link ExponentialBackOff}, without jitter.
 */
final class Backoff {

    static final Duration FIRST = Duration.ofSeconds(30);
    static final Duration LONGEST = Duration.ofHours(6);
    private static final double FACTOR = 4;

    private final Clock clock;
    private final ExponentialBackOff schedule;

    Backoff(Clock clock, int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("masthead.mail.max-attempts must be at least 1, not " + maxAttempts);
        }
        this.clock = clock;
        // Spring counts the waits, which come between tries: one fewer than the tries.
        this.schedule = schedule(maxAttempts - 1);
    }

    private static ExponentialBackOff schedule(long waits) {
        ExponentialBackOff schedule = new ExponentialBackOff(FIRST.toMillis(), FACTOR);
        schedule.setMaxInterval(LONGEST.toMillis());
        schedule.setMaxAttempts(waits);
        return schedule;
    }

    /** The wait after the {@code failures}-th failed attempt (1 for the first), however many tries are allowed. */
    static Duration delayAfter(int failures) {
        return waitAfter(schedule(Long.MAX_VALUE), failures).orElseThrow();
    }

    /** When to try again after {@code failures} failed attempts, or empty when the message has had all its tries. */
    Optional<Instant> retryAfter(int failures) {
        return waitAfter(schedule, failures).map(clock.instant()::plus);
    }

    /**
     * The wait a fresh execution of the schedule gives after the {@code failures}-th failure. An
     * execution is meant to live through one operation's retries, but a message's tries happen in
     * separate runs of the worker, on any node, before and after restarts: all the worker knows is
     * how many have failed. So each wait is replayed from the start, which makes it a function of
     * that count alone.
     */
    private static Optional<Duration> waitAfter(ExponentialBackOff schedule, int failures) {
        // The execution says STOP once it has given getMaxAttempts() waits; checked here because the
        // replay below stops early.
        if (failures > schedule.getMaxAttempts()) {
            return Optional.empty();
        }
        BackOffExecution execution = schedule.start();
        long wait = execution.nextBackOff();
        // From the cap on every wait is the cap, so however many failures there were, the replay ends there.
        for (int n = 1; n < failures && wait < schedule.getMaxInterval(); n++) {
            wait = execution.nextBackOff();
        }
        return Optional.of(Duration.ofMillis(wait));
    }
}
