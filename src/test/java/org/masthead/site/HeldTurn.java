package org.masthead.site;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A rendering that takes a turn and keeps it, on a thread of its own, until let go. */
final class HeldTurn implements AutoCloseable {

    private final CountDownLatch release = new CountDownLatch(1);
    private final Thread holder;

    /** Returns once the turn is held. */
    HeldTurn(RenderingTurns turns) throws InterruptedException {
        CountDownLatch held = new CountDownLatch(1);
        holder = new Thread(() -> {
            try {
                turns.take(() -> {
                    held.countDown();
                    try {
                        release.await();
                    }
                    catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
            catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        holder.start();
        if (!held.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The turn was not taken within 10 s");
        }
    }

    /** Lets the turn go, and waits until it is given back. */
    @Override
    public void close() throws InterruptedException {
        release.countDown();
        holder.join(10_000);
    }
}
