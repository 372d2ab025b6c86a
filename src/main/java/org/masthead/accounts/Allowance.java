package org.masthead.accounts;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;

/**
 * So many actions per key (an account, a network address, an email address) in a window, refilled
 * gradually. Kept in memory on each node: a limit that must hold across nodes belongs in the database.
 */
public final class Allowance {

    private final int capacity;
    private final Duration window;
    private final Cache<String, Bucket> buckets;

    public Allowance(int capacity, Duration window) {
        this.capacity = capacity;
        this.window = window;
        this.buckets = Caffeine.newBuilder().expireAfterAccess(window.multipliedBy(2)).maximumSize(200_000).build();
    }

    /** Takes one for this key; false when its allowance is spent. */
    public boolean take(String key) {
        return bucket(key).tryConsume(1);
    }

    /** Takes one for this key, or says how long until one is free again. */
    public Duration takeOrWait(String key) {
        ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    /** Returns one taken for an action that, after all, costs nothing. */
    public void giveBack(String key) {
        Bucket bucket = buckets.getIfPresent(key);
        if (bucket != null && bucket.getAvailableTokens() < capacity) {
            bucket.addTokens(1);
        }
    }

    public Duration window() {
        return window;
    }

    private Bucket bucket(String key) {
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build())
                .build());
    }
}
