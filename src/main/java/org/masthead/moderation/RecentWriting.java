package org.masthead.moderation;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.masthead.discussion.CommentRecords;
import org.masthead.discussion.CommentStatus;
import org.masthead.pages.NodeChannel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What the rules remember between comments on a single node (SQLite): the fingerprints of the last
 * day's comments, with the article each last came on, and the writers with a refused comment. With them most comments are
 * decided without reading the database, which kept posting at its rate. With several nodes
 * (PostgreSQL) another node's comments would be missed, so there the database is asked: the
 * fingerprints are noted in a table every node writes ({@link FingerprintRepository}), with the
 * article each first came on within the day.
 *
 * <p>Words are noted as a comment that is about to be stored is screened, outside the writing
 * transaction, so that copies posted at the same moment on several articles (or nodes) are caught too.
 */
@Component
class RecentWriting {

    private final CommentRecords records;
    private final FingerprintRepository everyNodesFingerprints;
    private final Clock clock;
    private final boolean authoritative;
    /** Where and when words were last noted. */
    private record Noted(long articleId, long at) {
    }

    /** The last day's fingerprints; older ones are swept away. */
    private final Map<String, Noted> fingerprints = new ConcurrentHashMap<>();
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private volatile boolean loaded;

    RecentWriting(CommentRecords records, FingerprintRepository shared, Clock clock,
            @Value("${spring.datasource.url}") String url) {
        this.records = records;
        this.everyNodesFingerprints = shared;
        this.clock = clock;
        this.authoritative = !NodeChannel.available(url);
    }

    /**
     * Notes words being posted on an article, and says whether they came on another article in the
     * last day: true or false where this node can tell, null where the database must (several nodes,
     * or words seen before on this article only). Noting and looking are one step, so copies posted
     * at the same moment on several articles are caught too.
     */
    Boolean notedElsewhere(String fingerprint, long articleId) {
        long now = clock.millis();
        if (!authoritative) {
            FingerprintRepository.FirstSeen first = everyNodesFingerprints.note(fingerprint, articleId, now,
                    now - RuleBook.REPEAT_WINDOW.toMillis());
            if (first.articleId() != articleId) {
                return Boolean.TRUE;
            }
            // Not seen within the window: new. Seen on this article only: the stored comments tell.
            return first.at() == now ? Boolean.FALSE : null;
        }
        load();
        Noted before = fingerprints.put(fingerprint, new Noted(articleId, now));
        if (before == null || before.at() < now - RuleBook.REPEAT_WINDOW.toMillis()) {
            return Boolean.FALSE;
        }
        return before.articleId() != articleId ? Boolean.TRUE : null;
    }

    /** Whether the writer may have a refused comment (when false, their share of refusals is nothing). */
    boolean mayHaveRefused(String writer) {
        if (!authoritative) {
            return true;
        }
        load();
        return refused.contains(writer);
    }

    /** A writer's comment was taken for spam or refused: from now on their share of refusals is read. */
    void refused(String writer, CommentStatus status) {
        if (status == CommentStatus.SPAM || status == CommentStatus.TRASH) {
            refused.add(writer);
        }
    }

    /** Fingerprints older than the window go, so that memory (and the shared table) holds one day of comments. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    void sweep() {
        long before = clock.millis() - RuleBook.REPEAT_WINDOW.toMillis();
        fingerprints.values().removeIf(noted -> noted.at() < before);
        if (!authoritative) {
            everyNodesFingerprints.forgetBefore(before);
        }
    }

    private void load() {
        if (loaded) {
            return;
        }
        synchronized (this) {
            if (!loaded) {
                long since = clock.millis() - RuleBook.REPEAT_WINDOW.toMillis();
                records.recentFingerprints(since).forEach((print, seen) -> fingerprints.put(print,
                        new Noted(seen.articleId(), seen.at())));
                refused.addAll(records.refusedWriters());
                loaded = true;
            }
        }
    }
}
