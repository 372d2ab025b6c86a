package org.masthead.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.masthead.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Limits that hold for the whole site where several nodes share the database: two nodes, each with
 * its own {@link Allowances} over the same database, spend one allowance between them.
 */
@DatabaseTest
class Allowances_SharedTest {

    @Autowired
    AllowanceCounts counts;

    /** A clock the test moves by hand, starting a quarter into a minute. */
    private static final class HandClock extends Clock {
        final AtomicLong millis = new AtomicLong(Instant.parse("2026-03-01T10:00:15Z").toEpochMilli());

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public long millis() {
            return millis.get();
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis());
        }
    }

    @Test
    void twoNodes_spendOneAllowance_andAUseGivenBackOnOneIsFreeOnTheOther() {
        HandClock clock = new HandClock();
        String name = "test.shared-" + UUID.randomUUID();
        Allowance first = new Allowances(counts, clock, true).named(name, 4, Duration.ofMinutes(1));
        Allowance second = new Allowances(counts, clock, true).named(name, 4, Duration.ofMinutes(1));
        String holder = "client:Ελένη-" + UUID.randomUUID();

        assertThat(first.take(holder)).isTrue();
        assertThat(second.take(holder)).isTrue();
        assertThat(first.take(holder)).isTrue();
        assertThat(second.take(holder)).isTrue();
        // A quarter into the minute, with the minute spent: wait out its three quarters, then for the
        // quarter of it that must slide out of view before one more use fits.
        assertThat(first.takeOrWait(holder)).isEqualTo(Duration.ofSeconds(60));
        assertThat(second.take(holder)).as("each node alone would still allow it").isFalse();
        assertThat(first.take("someone else")).isTrue();

        second.giveBack(holder);
        assertThat(first.take(holder)).isTrue();
        assertThat(second.take(holder)).isFalse();

        // The next window still sees most of the last one: acting at the turn of the minute earns nothing.
        clock.millis.addAndGet(Duration.ofSeconds(50).toMillis());
        assertThat(second.take(holder)).isFalse();
        // Once the spent window has slid out of view, the allowance is whole again.
        clock.millis.addAndGet(Duration.ofMinutes(1).toMillis());
        // (Each node's own count refills by the real clock, which this test does not move: the uses
        // go where that count has room.)
        assertThat(first.take(holder)).isTrue();
        for (int i = 0; i < 3; i++) {
            assertThat(second.take(holder)).as("use " + i).isTrue();
        }
        Allowance joining = new Allowances(counts, clock, true).named(name, 4, Duration.ofMinutes(1));
        assertThat(joining.take(holder)).as("a node that joins finds the allowance spent").isFalse();

        clock.millis.addAndGet(Duration.ofMinutes(5).toMillis());
        assertThat(counts.forgetExpired(clock.millis())).isPositive();
    }

    @Test
    void hundredsAtOnce_acrossTwoNodes_getExactlyTheAllowance() throws Exception {
        HandClock clock = new HandClock();
        String name = "test.burst-" + UUID.randomUUID();
        List<Allowance> nodes = List.of(new Allowances(counts, clock, true).named(name, 50, Duration.ofMinutes(1)),
                new Allowances(counts, clock, true).named(name, 50, Duration.ofMinutes(1)));
        int attempts = 300;
        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> taken = new ArrayList<>();
        try {
            for (int i = 0; i < attempts; i++) {
                Allowance node = nodes.get(i % 2);
                taken.add(pool.submit(() -> {
                    start.await();
                    return node.take("one crowded network");
                }));
            }
            start.countDown();
            int allowed = 0;
            for (Future<Boolean> each : taken) {
                allowed += each.get() ? 1 : 0;
            }
            assertThat(allowed).isEqualTo(50);
        }
        finally {
            pool.shutdownNow();
        }
    }
}
