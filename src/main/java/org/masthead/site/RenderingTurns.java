package org.masthead.site;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Pages are rendered a few at a time, the rest waiting their turn in the order they came. Rendering
 * is work for the processor alone (the database is local and quick to read), so more renderings at
 * once than the processor has room for only share it out: each reader waits for all of them, the
 * threads' switching and memory cost more, and the slowest reader waits many times the usual time.
 * In turns, throughput is higher and waits are short and even. The page is rendered into memory
 * during the turn and sent after it, so a slow reader's connection never holds a turn.
 */
final class RenderingTurns {

    /** No turn came within the wait: nothing was rendered. */
    static final class Busy extends Exception {

        Busy(Duration waited) {
            super("No rendering turn within " + waited.toMillis() + " ms", null, false, false);
        }
    }

    /** A rendering, as a filter chain does it. */
    interface Rendering {

        void render() throws ServletException, IOException;
    }

    private final Semaphore turns;
    private final Duration wait;

    RenderingTurns(int atOnce, Duration wait) {
        if (atOnce < 1) {
            throw new IllegalArgumentException("masthead.rendering.at-once must be at least 1, not " + atOnce);
        }
        this.turns = new Semaphore(atOnce, true);
        this.wait = wait;
    }

    /** How many renderings wait for their turn; for tests. */
    int waiting() {
        return turns.getQueueLength();
    }

    /** Renders when its turn comes. */
    void take(Rendering rendering) throws ServletException, IOException, Busy {
        try {
            if (!turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new Busy(wait);
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy(wait);
        }
        try {
            rendering.render();
        }
        finally {
            turns.release();
        }
    }
}
