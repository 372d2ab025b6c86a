package org.masthead.moderation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * Counts one more open report on the comment and returns the count: the tally's row is written, so
     * two reports at once take turns and each gets a count of its own.
     */
    int counted(long commentId) {
        return jdbc.sql("""
                INSERT INTO comment_report_tallies (comment_id, open_reports) VALUES (:comment, 1)
                ON CONFLICT (comment_id) DO UPDATE SET open_reports = comment_report_tallies.open_reports + 1
                RETURNING open_reports
                """).param("comment", commentId).query(Integer.class).single();
    }

    /** A moderator decided (or the comment went): the open reports are settled. Returns how many were. */
    int settle(long commentId, long now) {
        jdbc.sql("DELETE FROM comment_report_tallies WHERE comment_id = :comment").param("comment", commentId).update();
        return jdbc.sql("UPDATE comment_reports SET settled_at = :now WHERE comment_id = :comment AND settled_at IS NULL")
                .param("now", now).param("comment", commentId).update();
    }

    /** Whether the comment has reports no moderator has settled. */
    boolean isReported(long commentId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM comment_reports WHERE comment_id = :comment AND settled_at IS NULL)")
                .param("comment", commentId).query(Boolean.class).single();
    }

    /** The article went, and its comments with it: so do their reports. */
    void forgetArticle(long articleId) {
        jdbc.sql("DELETE FROM comment_reports WHERE article_id = :article").param("article", articleId).update();
    }

    /** Comments with reports no moderator has settled (one row each in the tallies), at most this many. */
    List<Long> openlyReported(int most) {
        return jdbc.sql("SELECT comment_id FROM comment_report_tallies LIMIT :most").param("most", most)
                .query(Long.class).list();
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

    /** Why a reader reported a comment (never who). */
    record Complaint(String reason, String details, long at) {
    }

    /** Why readers reported each of these comments, oldest first. */
    Map<Long, List<Complaint>> reasons(Collection<Long> commentIds) {
        Map<Long, List<Complaint>> found = new HashMap<>();
        if (!commentIds.isEmpty()) {
            jdbc.sql("SELECT comment_id, reason, details, created_at FROM comment_reports WHERE comment_id IN (:ids) "
                    + "AND settled_at IS NULL ORDER BY created_at, id").param("ids", commentIds)
                    .query(rs -> {
                        found.computeIfAbsent(rs.getLong("comment_id"), id -> new ArrayList<>()).add(
                                new Complaint(rs.getString("reason"), rs.getString("details"), rs.getLong("created_at")));
                    });
        }
        return found;
    }

}
