package org.masthead.moderation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit log: written with each action, in its transaction (a refusal, which stores nothing, in one of its own); never changed after. */
@Repository
class AuditRepository {

    static final int EXCERPT = 200;

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long at, Long actorId, String actor, String action, Long commentId, Long articleId, String writer,
            String text, String reason) {
        jdbc.sql("""
                INSERT INTO moderation_audit (at, actor_id, actor, action, comment_id, article_id, writer, excerpt, reason)
                VALUES (:at, :actorId, :actor, :action, :comment, :article, :writer, :excerpt, :reason)
                """).param("at", at).param("actorId", actorId).param("actor", actor).param("action", action)
                .param("comment", commentId).param("article", articleId).param("writer", writer)
                .param("excerpt", excerpt(text)).param("reason", reason).update();
    }

    /**
     * What the audit page asks for: any of these may be null.
     *
     * @param actor "rules" for every automatic decision, or a member's number
     * @param before the last line of the previous page, for the next
     */
    record Filter(String action, String actor, Long commentId, Long from, Long to, Long before) {
    }

    List<AuditLine> list(Filter f, int limit) {
        List<String> where = new ArrayList<>();
        where.add("1 = 1");
        if (f.action() != null) {
            where.add("action = :action");
        }
        if ("rules".equals(f.actor())) {
            where.add("actor_id IS NULL");
        }
        else if (f.actor() != null) {
            where.add("actor_id = :actorId");
        }
        if (f.commentId() != null) {
            where.add("comment_id = :comment");
        }
        if (f.from() != null) {
            where.add("at >= :from");
        }
        if (f.to() != null) {
            where.add("at < :to");
        }
        if (f.before() != null) {
            where.add("id < :before");
        }
        var query = jdbc.sql("SELECT * FROM moderation_audit WHERE " + String.join(" AND ", where)
                + " ORDER BY id DESC LIMIT :limit").param("limit", limit);
        if (f.action() != null) {
            query = query.param("action", f.action());
        }
        if (f.actor() != null && !"rules".equals(f.actor())) {
            query = query.param("actorId", Long.valueOf(f.actor()));
        }
        if (f.commentId() != null) {
            query = query.param("comment", f.commentId());
        }
        if (f.from() != null) {
            query = query.param("from", f.from());
        }
        if (f.to() != null) {
            query = query.param("to", f.to());
        }
        if (f.before() != null) {
            query = query.param("before", f.before());
        }
        return query.query(AuditRepository::row).list();
    }

    static String excerpt(String text) {
        if (text == null) {
            return null;
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= EXCERPT) {
            return flat;
        }
        int end = Character.isHighSurrogate(flat.charAt(EXCERPT - 1)) ? EXCERPT - 1 : EXCERPT;
        return flat.substring(0, end) + "…";
    }

    private static AuditLine row(ResultSet rs, int n) throws SQLException {
        return new AuditLine(rs.getLong("id"), rs.getLong("at"), Rows.longOrNull(rs, "actor_id"),
                rs.getString("actor"), rs.getString("action"), Rows.longOrNull(rs, "comment_id"),
                Rows.longOrNull(rs, "article_id"), rs.getString("writer"), rs.getString("excerpt"),
                rs.getString("reason"));
    }
}
