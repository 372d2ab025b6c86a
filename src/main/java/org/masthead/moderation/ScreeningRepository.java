package org.masthead.moderation;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Why each comment was decided as it was, and the fingerprints of recent comments' words. */
@Repository
class ScreeningRepository {

    private final JdbcClient jdbc;

    ScreeningRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void put(long commentId, Explanation e, long now) {
        jdbc.sql("""
                INSERT INTO moderation_screenings (comment_id, rule, abuse, spam, evidence, created_at)
                VALUES (:comment, :rule, :abuse, :spam, :evidence, :now)
                ON CONFLICT (comment_id) DO UPDATE SET rule = :rule, abuse = :abuse, spam = :spam,
                    evidence = :evidence, created_at = :now
                """).param("comment", commentId).param("rule", e.rule()).param("abuse", e.abusePerMille())
                .param("spam", e.spamPerMille()).param("evidence", e.evidenceText()).param("now", now).update();
    }

    Optional<Explanation> find(long commentId) {
        return jdbc.sql("SELECT rule, abuse, spam, evidence FROM moderation_screenings WHERE comment_id = :comment")
                .param("comment", commentId)
                .query((rs, n) -> Explanation.read(rs.getString("rule"), rs.getInt("abuse"), rs.getInt("spam"),
                        rs.getString("evidence")))
                .optional();
    }

    void fingerprint(String print, long articleId, long commentId, long now) {
        jdbc.sql("INSERT INTO comment_fingerprints (fingerprint, article_id, comment_id, created_at) "
                + "VALUES (:print, :article, :comment, :now)").param("print", print).param("article", articleId)
                .param("comment", commentId).param("now", now).update();
    }

    /** Whether these words came on another article since a moment. */
    boolean seenElsewhere(String print, long articleId, long since) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM comment_fingerprints WHERE fingerprint = :print "
                + "AND created_at >= :since AND article_id <> :article)").param("print", print).param("since", since)
                .param("article", articleId).query(Boolean.class).single();
    }

    /** Fingerprints older than anything compared against go, so the table stays small. */
    int forgetBefore(long moment) {
        return jdbc.sql("DELETE FROM comment_fingerprints WHERE created_at < :moment").param("moment", moment).update();
    }
}
