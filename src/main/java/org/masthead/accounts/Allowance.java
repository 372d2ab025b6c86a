package org.masthead.accounts;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * So many actions per key (an account, a network address, an email address) in a window, refilled
 * gradually. Each node keeps the allowance in memory; where several nodes share a database
 * (PostgreSQL), an allowance made by {@link Allowances} is also counted there, so that the limit
 * holds for the whole site and not once per node. The node's own count answers first: a flood is
 * refused without asking the database.
 */
public final class Allowance {

    private static final Logger log = LoggerFactory.getLogger(Allowance.class);

    /** The count every node shares: {@link Duration#ZERO} when the use was counted, else how long to wait. */
    interface Shared {

        Duration take(String key);

        void giveBack(String key);
    }

    private final int capacity;
    private final Duration window;
    private final Cache<String, Bucket> buckets;
    private final Shared shared;

    Allowance(int capacity, Duration window, Shared shared) {
        this.capacity = capacity;
        this.window = window;
        this.shared = shared;
        this.buckets = Caffeine.newBuilder().expireAfterAccess(window.multipliedBy(2)).maximumSize(200_000).build();
    }

    /** Takes one for this key; false when its allowance is spent. */
    public boolean take(String key) {
        return takeOrWait(key).isZero();
    }

    /** Takes one for this key, or says how long until one is free again. */
    public Duration takeOrWait(String key) {
        ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            return Duration.ofNanos(probe.getNanosToWaitForRefill());
        }
        if (shared == null) {
            return Duration.ZERO;
        }
        Duration wait;
        try {
            wait = shared.take(key);
        }
        catch (DataAccessException unavailable) {
            // The database could not count it: this node's own count has allowed it, and stands.
            log.warn("A shared allowance could not be counted; this node's count decides: {}", unavailable.getMessage());
            return Duration.ZERO;
        }
        if (!wait.isZero()) {
            giveBackHere(key);
        }
        return wait;
    }

    /** Returns one taken for an action that, after all, costs nothing. */
    public void giveBack(String key) {
        giveBackHere(key);
        if (shared != null) {
            try {
                shared.giveBack(key);
            }
            catch (DataAccessException unavailable) {
                log.warn("A shared allowance could not be given back: {}", unavailable.getMessage());
            }
        }
    }

    private void giveBackHere(String key) {
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
