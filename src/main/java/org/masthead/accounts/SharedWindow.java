package org.masthead.accounts;

import java.time.Clock;
import java.time.Duration;

/**
 * An allowance counted in the database every node shares, window by window. The window before counts
 * for as much of it as still lies within one window's length of now (the usual sliding-window
 * estimate), so that acting at the end of one window and the start of the next earns no second
 * allowance. Holders are stored as hashes: the table holds no reader's address or email.
 */
final class SharedWindow implements Allowance.Shared {

    private final AllowanceCounts counts;
    private final String name;
    private final int capacity;
    private final long length;
    private final Clock clock;

    SharedWindow(AllowanceCounts counts, String name, int capacity, Duration window, Clock clock) {
        this.counts = counts;
        this.name = name;
        this.capacity = capacity;
        this.length = window.toMillis();
        this.clock = clock;
    }

    @Override
    public Duration take(String key) {
        String holder = hashed(key);
        long now = clock.millis();
        long window = now / length;
        double into = (now % length) / (double) length;
        AllowanceCounts.Counted counted = counts.count(name, holder, window, (window + 2) * length);
        int current = counted.current();
        int previous = counted.previous();
        if (previous * (1 - into) + current <= capacity) {
            return Duration.ZERO;
        }
        // Refused: the attempt uses nothing, as with the allowance each node keeps.
        counts.uncount(name, holder, window);
        return Duration.ofMillis(Math.max(1, wait(current - 1, previous, now)));
    }

    /**
     * How long until one more use fits, with {@code used} uses counted in this window: until enough of
     * the window before has slid out of view, or, when this window alone is spent, until it has ended
     * and enough of it has slid out of view in turn.
     */
    private long wait(int used, int previous, long now) {
        double into = (now % length) / (double) length;
        if (used + 1 > capacity) {
            double outOfView = 1 - (capacity - 1) / (double) used;
            return (length - now % length) + (long) Math.ceil(outOfView * length);
        }
        double needed = 1 - (capacity - used - 1) / (double) previous;
        return (long) Math.ceil((needed - into) * length);
    }

    @Override
    public void giveBack(String key) {
        counts.uncount(name, hashed(key), clock.millis() / length);
    }

    /** Stored as links' tokens are: a SHA-256 hash, so the table holds no address or email. */
    private static String hashed(String key) {
        return OneTimeLinks.hash(key);
    }
}
