package org.masthead.accounts;

import java.time.Clock;
import java.time.Duration;
import org.masthead.pages.NodeChannel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Makes the {@link Allowance}s that limit what the public may do. On a single node (SQLite) each is
 * kept in memory; where several nodes share the database (PostgreSQL), each is counted there too,
 * under its name, so that a limit holds for the whole site.
 */
@Component
public class Allowances {

    private final AllowanceCounts counts;
    private final Clock clock;
    private final boolean shared;

    @Autowired
    Allowances(AllowanceCounts counts, Clock clock, @Value("${spring.datasource.url}") String url) {
        this(counts, clock, NodeChannel.available(url));
    }

    /** @param shared whether to count in the database too, as where several nodes share it */
    Allowances(AllowanceCounts counts, Clock clock, boolean shared) {
        this.counts = counts;
        this.clock = clock;
        this.shared = shared;
    }

    /**
     * An allowance of {@code capacity} uses per key in each {@code window}.
     *
     * @param name what it limits, unique among allowances ("discussion.posts-per-client")
     */
    public Allowance named(String name, int capacity, Duration window) {
        return new Allowance(capacity, window, shared ? new SharedWindow(counts, name, capacity, window, clock) : null);
    }

    /** Counts whose window and the one after it have passed decide nothing any more. */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void forgetExpired() {
        if (shared) {
            counts.forgetExpired(clock.millis());
        }
    }
}
