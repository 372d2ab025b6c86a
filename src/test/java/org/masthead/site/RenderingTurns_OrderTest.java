package org.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Renderings take turns: never more at once than allowed, in the order they came, and none waits for ever. */
class RenderingTurns_OrderTest {

    @Test
    void neverMoreThanTheAllowedRenderAtOnce_andEveryOneRendersInTheEnd() throws Exception {
        RenderingTurns turns = new RenderingTurns(3, Duration.ofSeconds(30));
        AtomicInteger now = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(24);
        try {
            List<Future<?>> done = new CopyOnWriteArrayList<>();
            for (int i = 0; i < 200; i++) {
                done.add(pool.submit(() -> {
                    turns.take(() -> {
                        most.accumulateAndGet(now.incrementAndGet(), Math::max);
                        java.util.concurrent.locks.LockSupport.parkNanos(200_000);
                        now.decrementAndGet();
                    });
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(30, TimeUnit.SECONDS);
            }
        }
        finally {
            pool.shutdownNow();
        }
        assertThat(most.get()).isBetween(1, 3);
        assertThat(now.get()).isZero();
    }

    @Test
    void whoWaitsLongerThanTheWait_isToldSo_andTheTurnsAreThereForTheNext() throws Exception {
        RenderingTurns turns = new RenderingTurns(1, Duration.ofMillis(100));
        AtomicInteger rendered = new AtomicInteger();
        try (HeldTurn slow = new HeldTurn(turns)) {
            assertThatThrownBy(() -> turns.take(rendered::incrementAndGet)).isInstanceOf(RenderingTurns.Busy.class);
            assertThat(rendered.get()).isZero();
        }
        turns.take(rendered::incrementAndGet);
        assertThat(rendered.get()).isEqualTo(1);
    }

    @Test
    void renderingsWaitingForATurn_renderInTheOrderTheyCame() throws Exception {
        RenderingTurns turns = new RenderingTurns(1, Duration.ofSeconds(30));
        HeldTurn first = new HeldTurn(turns);
        List<Integer> order = new CopyOnWriteArrayList<>();
        List<Thread> waiting = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int n = i;
            Thread t = new Thread(() -> {
                try {
                    turns.take(() -> order.add(n));
                }
                catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            t.start();
            waiting.add(t);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (turns.waiting() < i + 1 && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
        }
        first.close();
        for (Thread t : waiting) {
            t.join(10_000);
        }
        assertThat(order).containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void aRenderingThatFails_givesItsTurnBack() throws Exception {
        RenderingTurns turns = new RenderingTurns(1, Duration.ofMillis(100));
        assertThatThrownBy(() -> turns.take(() -> {
            throw new java.io.IOException("the reader went away");
        })).isInstanceOf(java.io.IOException.class);
        AtomicInteger rendered = new AtomicInteger();
        turns.take(rendered::incrementAndGet);
        assertThat(rendered.get()).isEqualTo(1);
    }

    @Test
    void noTurnsAtAll_isRefusedAtStartup() {
        assertThatThrownBy(() -> new RenderingTurns(0, Duration.ofSeconds(1)))
                .hasMessageContaining("masthead.rendering.at-once must be at least 1");
    }
}
