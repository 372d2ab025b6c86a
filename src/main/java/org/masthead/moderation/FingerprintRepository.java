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

    /**
     * Notes words on an article and returns the article they first came on since a moment (this one
     * when they are new). One statement: two nodes noting the same words at once take turns on its
     * row, so the second sees the first.
     */
    long noted(String fingerprint, long articleId, long now, long since) {
        return jdbc.sql("""
                INSERT INTO moderation_fingerprints (fingerprint, article_id, seen_at) VALUES (:print, :article, :now)
                ON CONFLICT (fingerprint) DO UPDATE SET
                    article_id = CASE WHEN moderation_fingerprints.seen_at < :since THEN excluded.article_id
                                      ELSE moderation_fingerprints.article_id END,
                    seen_at = CASE WHEN moderation_fingerprints.seen_at < :since THEN excluded.seen_at
                                   ELSE moderation_fingerprints.seen_at END
                RETURNING article_id
                """).param("print", fingerprint).param("article", articleId).param("now", now).param("since", since)
                .query(Long.class).single();
    }

    /** Words older than the window are forgotten. */
    int forgetBefore(long since) {
        return jdbc.sql("DELETE FROM moderation_fingerprints WHERE seen_at < :since").param("since", since).update();
    }
}
