package org.masthead.moderation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Where the last day's words (by fingerprint) first came, shared by every node. */
@Repository
class FingerprintRepository {

    private final JdbcClient jdbc;

    FingerprintRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where words were first seen, and when, since they last went unseen for a whole window. */
    record FirstSeen(long articleId, long at) {
    }

    /**
     * Notes words on an article and returns where they were first seen: this article and this moment
     * when they are new, or were not seen within the window (which begins at {@code since}). One
     * statement: two nodes noting the same words at once take turns on its row, so the second sees
     * the first.
     */
    FirstSeen note(String fingerprint, long articleId, long now, long since) {
        return jdbc.sql("""
                INSERT INTO moderation_fingerprints (fingerprint, article_id, seen_at, last_at)
                VALUES (:print, :article, :now, :now)
                ON CONFLICT (fingerprint) DO UPDATE SET
                    article_id = CASE WHEN moderation_fingerprints.last_at < :since THEN excluded.article_id
                                      ELSE moderation_fingerprints.article_id END,
                    seen_at = CASE WHEN moderation_fingerprints.last_at < :since THEN excluded.seen_at
                                   ELSE moderation_fingerprints.seen_at END,
                    last_at = excluded.last_at
                RETURNING article_id, seen_at
                """).param("print", fingerprint).param("article", articleId).param("now", now).param("since", since)
                .query((rs, n) -> new FirstSeen(rs.getLong("article_id"), rs.getLong("seen_at"))).single();
    }

    /** Rows not seen within the window decide nothing any more (a new sighting replaces them); they only take room. */
    int forgetBefore(long since) {
        return jdbc.sql("DELETE FROM moderation_fingerprints WHERE last_at < :since").param("since", since).update();
    }
}
