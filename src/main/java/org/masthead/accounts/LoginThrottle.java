package org.masthead.accounts;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: each address gets a few failed sign-ins per quarter hour, each
 * network address a few more. Only failures count, so a person who types their password right
 * is never held up. Buckets live in memory on each node.
 */
@Component
public class LoginThrottle {

    static final int PER_ACCOUNT = 5;
    static final int PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().expireAfterAccess(WINDOW.multipliedBy(2))
            .maximumSize(100_000).build();

    /** Whether another attempt for this account from this address may be checked at all. */
    public boolean allows(String email, String remoteAddress) {
        return bucket(account(email), PER_ACCOUNT).getAvailableTokens() > 0
                && bucket("ip:" + remoteAddress, PER_ADDRESS).getAvailableTokens() > 0;
    }

    public void failed(String email, String remoteAddress) {
        bucket(account(email), PER_ACCOUNT).tryConsume(1);
        bucket("ip:" + remoteAddress, PER_ADDRESS).tryConsume(1);
    }

    /** How long a refused reader should wait, for the message: at most one window. */
    public long minutesToWait() {
        return WINDOW.toMinutes();
    }

    private static String account(String email) {
        return "account:" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }

    private Bucket bucket(String key, int capacity) {
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, WINDOW).build())
                .build());
    }
}
