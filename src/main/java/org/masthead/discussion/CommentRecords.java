package org.masthead.discussion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stored comments for moderation to read — a queue by status, a comment's place in its thread, a
 * writer's record — without reaching into the discussion's tables. Changes go through {@link Discussion}.
 */
@Repository
public class CommentRecords {

    private static final String COLUMNS = """
            SELECT id, article_id, parent_id, thread_id, depth, user_id, author_name, author_email, client_hash,
                   body_markdown, body_html, status, replies, quote, created_at, edited_at, deleted_at, picked_at
            FROM comments
            """;

    private static final RowMapper<CommentRecord> ROW = (rs, n) -> new CommentRecord(rs.getLong("id"),
            rs.getLong("article_id"), rs.getObject("parent_id") == null ? null : rs.getLong("parent_id"),
            rs.getLong("thread_id"), rs.getInt("depth"), rs.getObject("user_id") == null ? null : rs.getLong("user_id"),
            rs.getString("author_name"), rs.getString("author_email"), rs.getString("client_hash"),
            rs.getString("body_markdown"), rs.getString("body_html"), CommentStatus.fromCode(rs.getString("status")),
            rs.getInt("replies"), rs.getString("quote"), rs.getLong("created_at"),
            rs.getObject("edited_at") == null ? null : rs.getLong("edited_at"),
            rs.getObject("deleted_at") == null ? null : rs.getLong("deleted_at"),
            rs.getObject("picked_at") == null ? null : rs.getLong("picked_at"));

    private final JdbcClient jdbc;

    CommentRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CommentRecord> find(long id) {
        return jdbc.sql(COLUMNS + "WHERE id = :id").param("id", id).query(ROW).optional();
    }

    /** These comments, in no particular order; numbers with no comment are left out. */
    public List<CommentRecord> find(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + "WHERE id IN (:ids)").param("ids", ids).query(ROW).list();
    }

    /** How many of these comments readers can see now: approved and not deleted. */
    public long countPublic(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("SELECT COUNT(*) FROM comments WHERE id IN (:ids) AND status = 'approved' AND deleted_at IS NULL")
                .param("ids", ids).query(Long.class).single();
    }

    /** Where a page of a status's comments ends: the last one's time and number. */
    public record Cursor(long createdAt, long id) {
    }

    /**
     * Comments in one status that are not deleted, newest or oldest first, from after a cursor. The
     * few that are not approved are read through their own index (the repeated condition lets SQLite
     * use it); approved ones, nearly all comments, in the order of their numbers, which is the order
     * they came in.
     */
    public List<CommentRecord> withStatus(CommentStatus status, boolean newestFirst, Cursor after, int limit) {
        String order = newestFirst ? "DESC" : "ASC";
        String sql;
        if (status == CommentStatus.APPROVED) {
            sql = COLUMNS + "WHERE status = 'approved' AND deleted_at IS NULL "
                    + (after == null ? "" : newestFirst ? "AND id < :id " : "AND id > :id ") + "ORDER BY id " + order;
        }
        else {
            sql = COLUMNS + "WHERE status = :status AND status <> 'approved' AND deleted_at IS NULL "
                    + (after == null ? "" : newestFirst ? "AND (created_at < :at OR (created_at = :at AND id < :id)) "
                            : "AND (created_at > :at OR (created_at = :at AND id > :id)) ")
                    + "ORDER BY created_at " + order + ", id " + order;
        }
        var query = jdbc.sql(sql + " LIMIT :limit").param("status", status.code()).param("limit", limit);
        if (after != null) {
            query = query.param("at", after.createdAt()).param("id", after.id());
        }
        return query.query(ROW).list();
    }

    /** How many comments wait in a status other than approved (the queue's counts). */
    public long count(CommentStatus status) {
        if (status == CommentStatus.APPROVED) {
            throw new IllegalArgumentException("Approved comments are counted per article");
        }
        return jdbc.sql("SELECT COUNT(*) FROM comments WHERE status = :status AND status <> 'approved' AND deleted_at IS NULL")
                .param("status", status.code()).query(Long.class).single();
    }

    /**
     * What a writer has posted, by status: the record a moderator weighs, and rules read.
     *
     * @param rejected comments refused by a moderator or taken for spam
     */
    public record History(long total, long approved, long pending, long rejected) {

        public static final History NONE = new History(0, 0, 0, 0);

        /** The share of their judged comments that were refused, 0 to 1; 0 while nothing was judged. */
        public double rejectionRate() {
            long judged = approved + rejected;
            return judged == 0 ? 0 : (double) rejected / judged;
        }
    }

    /**
     * Each comment's parents, up to a number of them, nearest last: one query per level, however many
     * comments there are.
     */
    public Map<Long, List<CommentRecord>> ancestors(Collection<CommentRecord> comments, int most) {
        Map<Long, List<CommentRecord>> chains = new HashMap<>();
        Map<Long, Long> climbing = new HashMap<>();
        for (CommentRecord c : comments) {
            chains.put(c.id(), new ArrayList<>());
            if (c.parentId() != null) {
                climbing.put(c.id(), c.parentId());
            }
        }
        for (int level = 0; level < most && !climbing.isEmpty(); level++) {
            Map<Long, CommentRecord> parents = new HashMap<>();
            find(new HashSet<>(climbing.values())).forEach(p -> parents.put(p.id(), p));
            Map<Long, Long> next = new HashMap<>();
            climbing.forEach((child, parentId) -> {
                CommentRecord parent = parents.get(parentId);
                if (parent != null) {
                    chains.get(child).add(0, parent);
                    if (parent.parentId() != null) {
                        next.put(child, parent.parentId());
                    }
                }
            });
            climbing = next;
        }
        return chains;
    }

    /** Several writers' records, in two queries (members, guests), for a page of the queue. */
    public Map<String, History> histories(Collection<String> writers) {
        Map<String, History> found = new HashMap<>();
        List<Long> members = writers.stream().filter(w -> w.startsWith("u:")).map(w -> Long.valueOf(w.substring(2))).distinct().toList();
        List<String> guests = writers.stream().filter(w -> w.startsWith("e:")).map(w -> w.substring(2)).distinct().toList();
        String byWriters = "SELECT %s AS writer, " + RECORD + " FROM comments WHERE %s AND deleted_at IS NULL GROUP BY %s";
        org.springframework.jdbc.core.RowCallbackHandler read = rs -> found.put(rs.getString("writer"), record(rs));
        if (!members.isEmpty()) {
            jdbc.sql(byWriters.formatted("'u:' || user_id", "user_id IN (:writers)", "user_id")).param("writers", members)
                    .query(read);
        }
        if (!guests.isEmpty()) {
            jdbc.sql(byWriters.formatted("'e:' || author_email", "user_id IS NULL AND author_email IN (:writers)", "author_email"))
                    .param("writers", guests).query(read);
        }
        writers.forEach(writer -> found.putIfAbsent(writer, History.NONE));
        return found;
    }

    /** A writer's record as columns, counted by status as their rows are read. */
    private static final String RECORD = "COALESCE(SUM(CASE WHEN status = 'approved' THEN 1 ELSE 0 END), 0) AS approved, "
            + "COALESCE(SUM(CASE WHEN status = 'pending' THEN 1 ELSE 0 END), 0) AS pending, "
            + "COALESCE(SUM(CASE WHEN status IN ('spam', 'trash') THEN 1 ELSE 0 END), 0) AS rejected";

    private static History record(java.sql.ResultSet rs) throws java.sql.SQLException {
        long approved = rs.getLong("approved");
        long pending = rs.getLong("pending");
        long rejected = rs.getLong("rejected");
        return new History(approved + pending + rejected, approved, pending, rejected);
    }

    /** A writer's comments that are still up or waiting, for a ban that takes them down. */
    public List<Long> standing(String writer) {
        return jdbc.sql("SELECT id FROM comments WHERE " + byWriter(writer)
                + " AND deleted_at IS NULL AND status IN ('approved', 'pending') ORDER BY id")
                .param("writer", writerKey(writer)).query(Long.class).list();
    }

    /** Comments still up or waiting that came from one network address (by its keyed hash). */
    public List<Long> standingFromAddress(String clientHash) {
        return jdbc.sql("SELECT id FROM comments WHERE client_hash = :client AND deleted_at IS NULL "
                + "AND status IN ('approved', 'pending') ORDER BY id").param("client", clientHash).query(Long.class).list();
    }

    /**
     * What the rules weigh about a new comment's writer and words, read in one query: the writer's
     * record, and whether the same words (by fingerprint) came on another article since a moment.
     *
     * @param fingerprint the new comment's, or null to ask only for the record
     */
    public record Writing(History history, boolean copiesElsewhere) {
    }

    public Writing writing(String writer, String fingerprint, long articleId, long since) {
        // The writer's rows are found by their own index, and counted by status as they are read.
        return jdbc.sql("SELECT " + RECORD + ", "
                + "(SELECT COUNT(*) FROM comments WHERE fingerprint = :print AND created_at >= :since "
                + "AND article_id <> :article) AS copies "
                + "FROM comments WHERE " + byWriter(writer) + " AND deleted_at IS NULL")
                .param("writer", writerKey(writer)).param("print", fingerprint).param("since", since)
                .param("article", articleId)
                .query((rs, n) -> new Writing(record(rs), rs.getLong("copies") > 0)).single();
    }

    /** Where and when words (by fingerprint) last came. */
    public record Seen(long articleId, long at) {
    }

    /** The fingerprints of comments since a moment, each with where and when it last came. */
    public Map<String, Seen> recentFingerprints(long since) {
        Map<String, Seen> found = new HashMap<>();
        jdbc.sql("SELECT fingerprint, article_id, created_at FROM comments WHERE fingerprint IS NOT NULL "
                + "AND created_at >= :since ORDER BY created_at, id").param("since", since).query(rs -> {
                    found.put(rs.getString(1), new Seen(rs.getLong(2), rs.getLong(3)));
                });
        return found;
    }

    /** Every writer (as {@link CommentRecord#writer()} names them) with a comment refused or taken for spam. */
    public List<String> refusedWriters() {
        return jdbc.sql("SELECT DISTINCT CASE WHEN user_id IS NOT NULL THEN 'u:' || user_id ELSE 'e:' || author_email END "
                + "FROM comments WHERE status IN ('spam', 'trash') AND status <> 'approved'").query(String.class).list();
    }

    private static Object writerKey(String writer) {
        return writer.startsWith("u:") ? (Object) Long.valueOf(writer.substring(2)) : writer.substring(2);
    }

    private static String byWriter(String writer) {
        if (writer.startsWith("u:")) {
            return "user_id = :writer";
        }
        if (writer.startsWith("e:")) {
            return "user_id IS NULL AND author_email = :writer";
        }
        throw new IllegalArgumentException("A writer is u:<account> or e:<address>: " + writer);
    }
}
