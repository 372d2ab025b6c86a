package org.masthead.moderation;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The bans in force, kept in memory: every comment is checked against them, and reading the database
 * each time cost more than the rest of the rules together. A ban made or lifted on any node reaches
 * every node with the change's commit ({@link ModerationChanges}), so it holds everywhere at once; a
 * timed ban ends by itself, checked at each look-up.
 */
@Component
class BanBook {

    private final BanRepository bans;
    private final Clock clock;
    /**
     * Moves with every change. The bans read are kept with the generation they were read in and used
     * only in it, so a reading that began before a change, or crossed it, is never used after it.
     */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
    private volatile Versioned inForce;

    private record Versioned(long generation, Map<String, List<Ban>> bans) {
    }

    BanBook(BanRepository bans, Clock clock) {
        this.bans = bans;
        this.clock = clock;
    }

    /** The ban in force on any of these (nulls match nothing): one for good before a timed one, the longest first. */
    Optional<Ban> find(Long userId, String email, String clientHash, long now) {
        Map<String, List<Ban>> book = book();
        Ban found = null;
        for (String key : new String[] { userId == null ? null : key(Ban.Kind.ACCOUNT, Long.toString(userId)),
                email == null ? null : key(Ban.Kind.EMAIL, email), clientHash == null ? null : key(Ban.Kind.ADDRESS, clientHash) }) {
            if (key == null) {
                continue;
            }
            for (Ban ban : book.getOrDefault(key, List.of())) {
                if (ban.inForce(now) && (found == null || outlasts(ban, found))) {
                    found = ban;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** The bans changed, here or on another node: read them again at the next look-up. */
    void forget() {
        generation.incrementAndGet();
    }

    private Map<String, List<Ban>> book() {
        long now = generation.get();
        Versioned kept = inForce;
        if (kept != null && kept.generation() == now) {
            return kept.bans();
        }
        Map<String, List<Ban>> read = new HashMap<>();
        for (Ban ban : bans.inForce(clock.millis())) {
            read.computeIfAbsent(key(ban.kind(), ban.value()), k -> new java.util.ArrayList<>()).add(ban);
        }
        Map<String, List<Ban>> book = Map.copyOf(read);
        inForce = new Versioned(now, book);
        return book;
    }

    private static boolean outlasts(Ban ban, Ban other) {
        return other.until() != null && (ban.until() == null || ban.until() > other.until());
    }

    private static String key(Ban.Kind kind, String value) {
        return kind.code() + ":" + value;
    }
}
