package org.masthead.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class Backoff_ScheduleTest {

    private final Instant now = Instant.parse("2026-03-01T10:00:00Z");
    private final Backoff backoff = new Backoff(Clock.fixed(now, ZoneOffset.UTC), 8);

    @Test
    void waits_growFourfoldFromThirtySeconds_upToSixHours() {
        assertThat(backoff.retryAfter(1)).contains(now.plusSeconds(30));
        assertThat(backoff.retryAfter(2)).contains(now.plus(Duration.ofMinutes(2)));
        assertThat(backoff.retryAfter(3)).contains(now.plus(Duration.ofMinutes(8)));
        assertThat(backoff.retryAfter(4)).contains(now.plus(Duration.ofMinutes(32)));
        assertThat(backoff.retryAfter(5)).contains(now.plus(Duration.ofMinutes(128)));
        assertThat(backoff.retryAfter(6)).contains(now.plus(Duration.ofHours(6)));
        assertThat(backoff.retryAfter(7)).contains(now.plus(Duration.ofHours(6)));
    }

    @Test
    void wait_dependsOnlyOnTheNumberOfFailures_notOnWhatWasAskedBefore() {
        assertThat(backoff.retryAfter(3)).contains(now.plus(Duration.ofMinutes(8)));
        assertThat(backoff.retryAfter(1)).contains(now.plusSeconds(30));
        assertThat(backoff.retryAfter(3)).contains(now.plus(Duration.ofMinutes(8)));
        assertThat(new Backoff(Clock.fixed(now, ZoneOffset.UTC), 8).retryAfter(3))
                .isEqualTo(backoff.retryAfter(3));
    }

    @Test
    void message_hasHadItsTriesAtMaxAttempts() {
        assertThat(backoff.retryAfter(8)).isEmpty();
        assertThat(backoff.retryAfter(9)).isEmpty();
        assertThat(new Backoff(Clock.fixed(now, ZoneOffset.UTC), 1).retryAfter(1)).isEmpty();
    }

    @Test
    void retries_countFromTheClocksNow() {
        Instant later = now.plus(Duration.ofDays(3));
        assertThat(new Backoff(Clock.fixed(later, ZoneOffset.UTC), 8).retryAfter(2))
                .contains(later.plus(Duration.ofMinutes(2)));
    }

    @Test
    void manyFailures_stayAtTheCapWithoutOverflowing() {
        assertThat(Backoff.delayAfter(1_000)).isEqualTo(Duration.ofHours(6));
        assertThat(Backoff.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(6));
        var tireless = new Backoff(Clock.fixed(now, ZoneOffset.UTC), Integer.MAX_VALUE);
        assertThat(tireless.retryAfter(Integer.MAX_VALUE - 1)).contains(now.plus(Duration.ofHours(6)));
        assertThat(tireless.retryAfter(Integer.MAX_VALUE)).isEmpty();
    }

    @Test
    void fewerThanOneAttempt_isRefused() {
        assertThatThrownBy(() -> new Backoff(Clock.systemUTC(), 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("masthead.mail.max-attempts");
    }
}
