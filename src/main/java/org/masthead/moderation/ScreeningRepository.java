package org.masthead.moderation;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Why each comment was decided as it was, for the queue to show. */
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

    /** Why each of these comments was decided as it was; those without a screening are left out. */
    Map<Long, Explanation> find(Collection<Long> commentIds) {
        Map<Long, Explanation> found = new HashMap<>();
        if (!commentIds.isEmpty()) {
            jdbc.sql("SELECT comment_id, rule, abuse, spam, evidence FROM moderation_screenings WHERE comment_id IN (:ids)")
                    .param("ids", commentIds)
                    .query(rs -> {
                        found.put(rs.getLong("comment_id"), Explanation.read(rs.getString("rule"), rs.getInt("abuse"),
                                rs.getInt("spam"), rs.getString("evidence")));
                    });
        }
        return found;
    }
}
