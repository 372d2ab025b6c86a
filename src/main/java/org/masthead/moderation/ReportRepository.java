package org.masthead.moderation;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Readers' reports, one per reader per comment, open until a moderator decides about the comment. */
@Repository
class ReportRepository {

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Files a report; false when this reader had reported the comment already. */
    boolean add(long commentId, long articleId, String reporter, String reason, String details, long now) {
        return jdbc.sql("""
                INSERT INTO comment_reports (comment_id, article_id, reporter, reason, details, created_at)
                VALUES (:comment, :article, :reporter, :reason, :details, :now)
                ON CONFLICT (comment_id, reporter) DO NOTHING
                """).param("comment", commentId).param("article", articleId).param("reporter", reporter)
                .param("reason", reason).param("details", details).param("now", now).update() == 1;
    }

    /** How many readers have reported the comment since a moderator last decided about it. */
    int open(long commentId) {
        return jdbc.sql("SELECT COUNT(*) FROM comment_reports WHERE comment_id = :comment AND settled_at IS NULL")
                .param("comment", commentId).query(Integer.class).single();
    }

    /** A moderator decided: the open reports are settled. Returns how many were. */
    int settle(long commentId, long now) {
        return jdbc.sql("UPDATE comment_reports SET settled_at = :now WHERE comment_id = :comment AND settled_at IS NULL")
                .param("now", now).param("comment", commentId).update();
    }

    /** A reported comment as the queue lists it: how many, and the latest report's moment. */
    record Reported(long commentId, int reports, long latest) {
    }

    List<Reported> reported(boolean newestFirst, int limit) {
        String order = newestFirst ? "DESC" : "ASC";
        return jdbc.sql("SELECT comment_id, COUNT(*) AS n, MAX(created_at) AS latest FROM comment_reports "
                + "WHERE settled_at IS NULL GROUP BY comment_id ORDER BY latest " + order + ", comment_id " + order
                + " LIMIT :limit").param("limit", limit)
                .query((rs, n) -> new Reported(rs.getLong("comment_id"), rs.getInt("n"), rs.getLong("latest"))).list();
    }

    long reportedCount() {
        return jdbc.sql("SELECT COUNT(DISTINCT comment_id) FROM comment_reports WHERE settled_at IS NULL")
                .query(Long.class).single();
    }

    /** Why readers reported a comment (never who), oldest first. */
    record Reason(String reason, String details, long at) {
    }

    List<Reason> reasons(long commentId) {
        return jdbc.sql("SELECT reason, details, created_at FROM comment_reports WHERE comment_id = :comment "
                + "AND settled_at IS NULL ORDER BY created_at, id").param("comment", commentId)
                .query((rs, n) -> new Reason(rs.getString("reason"), rs.getString("details"), rs.getLong("created_at")))
                .list();
    }
}
