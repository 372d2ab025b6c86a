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
    private volatile Map<String, List<Ban>> inForce;
    /** Moves with every change: a reading begun before a change is not kept after it. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

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
        inForce = null;
    }

    private Map<String, List<Ban>> book() {
        Map<String, List<Ban>> book = inForce;
        if (book == null) {
            long began = generation.get();
            Map<String, List<Ban>> read = new HashMap<>();
            for (Ban ban : bans.inForce(clock.millis())) {
                read.computeIfAbsent(key(ban.kind(), ban.value()), k -> new java.util.ArrayList<>()).add(ban);
            }
            book = Map.copyOf(read);
            if (generation.get() == began) {
                inForce = book;
            }
        }
        return book;
    }

    private static boolean outlasts(Ban ban, Ban other) {
        return other.until() != null && (ban.until() == null || ban.until() > other.until());
    }

    private static String key(Ban.Kind kind, String value) {
        return kind.code() + ":" + value;
    }
}
