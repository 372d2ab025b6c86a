package org.masthead.accounts;

import java.time.Clock;
import java.time.Duration;

/**
 * An allowance counted in the database every node shares, window by window. The window before counts
 * for as much of it as still lies within one window's length of now (the usual sliding-window
 * estimate), so that acting at the end of one window and the start of the next earns no second
 * allowance.
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
    public Duration take(String holder) {
        long now = clock.millis();
        long window = now / length;
        double into = (now % length) / (double) length;
        int current = counts.count(name, holder, window, (window + 2) * length);
        int previous = counts.used(name, holder, window - 1);
        if (previous * (1 - into) + current <= capacity) {
            return Duration.ZERO;
        }
        // Refused: the attempt uses nothing, as with the allowance each node keeps.
        counts.uncount(name, holder, window);
        long wait;
        if (current > capacity) {
            // This window alone is spent: wait for it to end, and for enough of it to slide out of view.
            double outOfView = 1 - (capacity - 1) / (double) current;
            wait = (length - now % length) + (long) Math.ceil(outOfView * length);
        }
        else {
            double needed = 1 - (capacity - current) / (double) previous;
            wait = (long) Math.ceil((needed - into) * length);
        }
        return Duration.ofMillis(Math.max(1, wait));
    }

    @Override
    public void giveBack(String holder) {
        counts.uncount(name, holder, clock.millis() / length);
    }
}
