package org.masthead.discussion;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The discussion's SQL. Threads are paged by keyset (the last thread's sort key), never by offset,
 * so the thousandth page costs what the first does; replies come for a whole page at once.
 */
@Repository
class CommentRepository {

    private static final String COLUMNS = """
            SELECT id, article_id, parent_id, thread_id, depth, user_id, guest_id, author_name, author_email,
                   author_website, body_markdown, body_html, status, approved_seq, up_votes, down_votes, score,
                   replies, thread_replies, quote, quote_prefix, quote_suffix, question_id, created_at, edited_at,
                   deleted_at, picked_at
            FROM comments
            """;

    private static final RowMapper<StoredComment> ROW = CommentRepository::row;

    private final JdbcClient jdbc;

    CommentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a new comment is made of, ready to store. */
    record Insert(long articleId, Long parentId, Long threadId, int depth, Long userId, String guestId,
            String authorName, String authorEmail, String authorWebsite, String bodyMarkdown, String bodyHtml,
            CommentStatus status, Long approvedSeq, String quote, String quotePrefix, String quoteSuffix,
            Long questionId, String clientHash, long createdAt, String fingerprint) {
    }

    long insert(Insert c) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO comments (article_id, parent_id, thread_id, depth, user_id, guest_id, author_name,
                                      author_email, author_website, body_markdown, body_html, status, approved_seq,
                                      quote, quote_prefix, quote_suffix, question_id, client_hash, created_at,
                                      fingerprint)
                VALUES (:article, :parent, :thread, :depth, :user, :guest, :name, :email, :website, :markdown, :html,
                        :status, :seq, :quote, :prefix, :suffix, :question, :client, :created, :fingerprint)
                """)
                .param("article", c.articleId()).param("parent", c.parentId()).param("thread", c.threadId())
                .param("depth", c.depth()).param("user", c.userId()).param("guest", c.guestId())
                .param("name", c.authorName()).param("email", c.authorEmail()).param("website", c.authorWebsite())
                .param("markdown", c.bodyMarkdown()).param("html", c.bodyHtml()).param("status", c.status().code())
                .param("seq", c.approvedSeq()).param("quote", c.quote()).param("prefix", c.quotePrefix()).param("suffix", c.quoteSuffix())
                .param("question", c.questionId()).param("client", c.clientHash()).param("created", c.createdAt())
                .param("fingerprint", c.fingerprint())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        if (c.threadId() == null) {
            jdbc.sql("UPDATE comments SET thread_id = id WHERE id = :id").param("id", id).update();
        }
        return id;
    }

    /** The addresses a guest's pass last wrote comments under, newest first, at most {@code limit}. */
    List<String> guestEmails(String guestId, int limit) {
        return jdbc.sql("""
                SELECT author_email FROM comments WHERE guest_id = :guest AND author_email IS NOT NULL
                GROUP BY author_email ORDER BY MAX(id) DESC LIMIT :limit""").param("guest", guestId)
                .param("limit", limit).query(String.class).list();
    }

    Optional<StoredComment> byId(long id) {
        return jdbc.sql(COLUMNS + "WHERE id = :id").param("id", id).query(ROW).optional();
    }

    /** The next number in the order of approvals; handed out under a row lock, so in commit order. */
    long nextApproval() {
        return jdbc.sql("UPDATE discussion_counters SET value = value + 1 WHERE name = 'approved' RETURNING value")
                .query(Long.class).single();
    }

    /** Marks a comment as an editor's pick (a moment), or not (null). */
    void pick(long id, Long at) {
        jdbc.sql("UPDATE comments SET picked_at = :at WHERE id = :id").param("at", at).param("id", id).update();
    }

    /** The article's public comments the newsroom picked, in the order they were picked. */
    List<StoredComment> picks(long articleId, int limit) {
        return jdbc.sql(COLUMNS + "WHERE article_id = :article AND picked_at IS NOT NULL AND status = 'approved' "
                + "AND deleted_at IS NULL ORDER BY picked_at, id LIMIT :limit").param("article", articleId)
                .param("limit", limit).query(ROW).list();
    }

    void setStatus(long id, CommentStatus status, Long approvedSeq) {
        jdbc.sql("UPDATE comments SET status = :status, approved_seq = COALESCE(:seq, approved_seq) WHERE id = :id")
                .param("status", status.code()).param("seq", approvedSeq).param("id", id).update();
    }

    /** One more (or one fewer) public reply under a comment, and in its thread. */
    void countReply(long parentId, long threadId, int delta) {
        jdbc.sql("UPDATE comments SET replies = replies + :delta WHERE id = :id")
                .param("delta", delta).param("id", parentId).update();
        jdbc.sql("UPDATE comments SET thread_replies = thread_replies + :delta WHERE id = :id")
                .param("delta", delta).param("id", threadId).update();
    }

    /** How a list of threads is ordered; each has its keyset. */
    enum Order {
        NEWEST("created_at DESC, id DESC", "(created_at < :first OR (created_at = :first AND id < :id))"),
        OLDEST("created_at ASC, id ASC", "(created_at > :first OR (created_at = :first AND id > :id))"),
        MOST_VOTED("score DESC, id DESC", "(score < :first OR (score = :first AND id < :id))");

        final String orderBy;
        final String after;

        Order(String orderBy, String after) {
            this.orderBy = orderBy;
            this.after = after;
        }

        long key(StoredComment c) {
            return this == MOST_VOTED ? c.score() : c.createdAt();
        }
    }

    /** Where a page of threads begins: after the thread with this sort key and id. */
    record Cursor(long first, long id) {
    }

    /**
     * A page of threads, after the cursor (or from the start); only those on a passage, if asked. A
     * thread is listed when its first comment is public, or when that was taken down while replies to
     * it are still public: the thread keeps its place, the replies stay in sight (and counted), and
     * the page shows a placeholder where the first comment was.
     */
    List<StoredComment> threads(long articleId, Order order, Cursor after, int limit, boolean inlineOnly) {
        return threads(articleId, order, after, Set.of(), limit, inlineOnly);
    }

    /**
     * A page of threads as above, leaving out those already shown: with them, a page needs no cursor,
     * so a thread whose votes lifted it above the last one shown is not skipped, nor one that sank
     * below it shown twice.
     */
    List<StoredComment> threads(long articleId, Order order, Cursor after, Set<Long> shown, int limit,
            boolean inlineOnly) {
        String where = "WHERE article_id = :article AND depth = 0 " + (inlineOnly ? "AND quote IS NOT NULL " : "")
                + (after == null ? "" : "AND " + order.after + " ") + (shown.isEmpty() ? "" : "AND id NOT IN (:shown) ");
        // Two reads by index (the second by its own partial index, finding next to nothing), merged.
        var query = jdbc.sql("SELECT * FROM (" + COLUMNS + where + "AND status = 'approved' ORDER BY " + order.orderBy
                + " LIMIT :limit) public_threads UNION ALL SELECT * FROM (" + COLUMNS + where
                + "AND status <> 'approved' AND thread_replies > 0 ORDER BY " + order.orderBy
                + " LIMIT :limit) kept_threads ORDER BY " + order.orderBy + " LIMIT :limit")
                .param("article", articleId).param("limit", limit);
        if (after != null) {
            query = query.param("first", after.first()).param("id", after.id());
        }
        if (!shown.isEmpty()) {
            query = query.param("shown", shown);
        }
        return query.query(ROW).list();
    }

    /**
     * The public replies of these threads, oldest first, at most {@code perThread} of each (the rest
     * are counted on the thread and fetched when asked for).
     */
    List<StoredComment> replies(Collection<Long> threadIds, int perThread) {
        if (threadIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT * FROM (
                    SELECT c.*, ROW_NUMBER() OVER (PARTITION BY thread_id ORDER BY created_at, id) AS place
                    FROM comments c
                    WHERE thread_id IN (:threads) AND depth > 0 AND status = 'approved'
                ) ranked WHERE place <= :limit ORDER BY created_at, id
                """)
                .param("threads", threadIds).param("limit", perThread).query(ROW).list();
    }

    /** Every public reply of one thread, oldest first. */
    List<StoredComment> wholeThread(long threadId) {
        return jdbc.sql(COLUMNS + "WHERE thread_id = :thread AND depth > 0 AND status = 'approved' ORDER BY created_at, id")
                .param("thread", threadId).query(ROW).list();
    }

    /** How many public comments are about each passage of the article (by its exact words), and about each question. */
    record PassageCount(String quote, String prefix, String suffix, Long questionId, long count) {
    }

    List<PassageCount> passages(long articleId) {
        return jdbc.sql("""
                SELECT quote, MIN(quote_prefix) AS prefix, MIN(quote_suffix) AS suffix, question_id, COUNT(*) AS n
                FROM comments
                WHERE article_id = :article AND status = 'approved' AND deleted_at IS NULL AND quote IS NOT NULL
                GROUP BY quote, question_id
                """)
                .param("article", articleId)
                .query((rs, n) -> new PassageCount(rs.getString("quote"), rs.getString("prefix"), rs.getString("suffix"),
                        nullableLong(rs, "question_id"), rs.getLong("n"))).list();
    }

    long count(long articleId) {
        return stamp(articleId).publicComments();
    }

    /** How many public comments an article has, and how many times its discussion has changed. */
    record Stamp(long publicComments, long changes) {

        static final Stamp NONE = new Stamp(0, 0);
    }

    Stamp stamp(long articleId) {
        return jdbc.sql("SELECT public_comments, changes FROM comment_counts WHERE article_id = :article")
                .param("article", articleId).query((rs, n) -> new Stamp(rs.getLong(1), rs.getLong(2)))
                .optional().orElse(Stamp.NONE);
    }

    Map<Long, Long> counts(Collection<Long> articleIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (articleIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("SELECT article_id, public_comments FROM comment_counts WHERE article_id IN (:articles)")
                .param("articles", articleIds)
                .query((rs, n) -> counts.put(rs.getLong(1), rs.getLong(2))).list();
        return counts;
    }

    /**
     * Marks a change readers can see in the article's discussion, with the number of public comments
     * it adds (or takes away). Every such change ends with this, after its writes to comments: on
     * PostgreSQL the article's row is then locked after any comment's, so two changes never wait for
     * each other in a circle. (Changes to one article's discussion, votes included, thus take turns on
     * PostgreSQL too, as every write does on SQLite; each holds the row only until its commit.)
     */
    void changed(long articleId, int publicDelta) {
        jdbc.sql("""
                INSERT INTO comment_counts (article_id, public_comments, changes) VALUES (:article, :delta, 1)
                ON CONFLICT (article_id) DO UPDATE SET public_comments = comment_counts.public_comments + :delta,
                    changes = comment_counts.changes + 1
                """).param("article", articleId).param("delta", publicDelta).update();
    }

    /** Forgets an article's counts, once the article is gone. */
    void forget(long articleId) {
        jdbc.sql("DELETE FROM comment_counts WHERE article_id = :article").param("article", articleId).update();
    }

    /** Whether the same writer (an account, or else an address) posted the same words under the article since then. */
    boolean repeated(long articleId, Long userId, String email, String bodyMarkdown, long since) {
        // The writer's recent comments first (an index on each), so the check costs the same on an
        // article with thirty thousand comments as on one with three.
        String writer = userId != null ? "user_id = :writer" : "author_email = :writer";
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM comments WHERE " + writer + " AND created_at >= :since "
                + "AND article_id = :article AND body_markdown = :body)")
                .param("article", articleId).param("since", since).param("body", bodyMarkdown)
                .param("writer", userId != null ? userId : email).query(Boolean.class).single();
    }

    void edit(long id, String markdown, String html, long at) {
        jdbc.sql("UPDATE comments SET body_markdown = :markdown, body_html = :html, edited_at = :at WHERE id = :id")
                .param("markdown", markdown).param("html", html).param("at", at).param("id", id).update();
    }

    /** Deleted, but its replies stay where they are: its place in the thread remains, empty. */
    boolean deleteKeepingPlace(long id, long at) {
        return jdbc.sql("UPDATE comments SET body_markdown = '', body_html = '', deleted_at = :at "
                + "WHERE id = :id AND deleted_at IS NULL").param("at", at).param("id", id).update() == 1;
    }

    /** Deleted with nothing depending on it: out of every list. False when it was deleted already. */
    boolean delete(long id, long at) {
        return jdbc.sql("UPDATE comments SET status = 'trash', deleted_at = :at WHERE id = :id AND deleted_at IS NULL")
                .param("at", at).param("id", id).update() == 1;
    }

    /**
     * Holds the comment's row until the transaction ends, so that two changes to it (a double click,
     * two moderators) take turns. SQLite lets one writer in at a time anyway; PostgreSQL locks the row.
     */
    void lock(long id) {
        jdbc.sql("UPDATE comments SET replies = replies WHERE id = :id").param("id", id).update();
    }

    /** Marks the comment as told to its subscribers; false when it had been already. */
    boolean markNotified(long id, long at) {
        return jdbc.sql("UPDATE comments SET notified_at = :at WHERE id = :id AND notified_at IS NULL")
                .param("at", at).param("id", id).update() == 1;
    }

    /** A job for the notifier: tell subscribers of this comment. */
    /**
     * @param kind "approved" for a comment public as it was posted, "reviewed" for one a moderator approved
     */
    record Job(long id, long commentId, String kind) {

        boolean reviewed() {
            return "reviewed".equals(kind);
        }
    }

    /** Jobs waiting, oldest first, leaving out those that failed too often. */
    List<Job> jobs(int limit, int mostAttempts) {
        return jdbc.sql("SELECT id, comment_id, kind FROM discussion_jobs WHERE attempts < :most ORDER BY id LIMIT :limit")
                .param("most", mostAttempts).param("limit", limit)
                .query((rs, n) -> new Job(rs.getLong(1), rs.getLong(2), rs.getString(3))).list();
    }

    /** Takes a job off the list; false when another worker took it first. */
    boolean takeJob(long id) {
        return jdbc.sql("DELETE FROM discussion_jobs WHERE id = :id").param("id", id).update() == 1;
    }

    void jobFailed(long id) {
        jdbc.sql("UPDATE discussion_jobs SET attempts = attempts + 1 WHERE id = :id").param("id", id).update();
    }

    /** Public comments approved after this point of the order, oldest first: what a live reader missed. */
    List<StoredComment> approvedSince(long articleId, long sequence, int limit) {
        return jdbc.sql(COLUMNS + """
                WHERE article_id = :article AND approved_seq > :seq AND status = 'approved' AND deleted_at IS NULL
                ORDER BY approved_seq LIMIT :limit
                """)
                .param("article", articleId).param("seq", sequence).param("limit", limit).query(ROW).list();
    }

    long lastApproval(long articleId) {
        return jdbc.sql("SELECT COALESCE(MAX(approved_seq), 0) FROM comments WHERE article_id = :article")
                .param("article", articleId).query(Long.class).single();
    }

    /** The newest public comments of an article, for its feed. */
    List<StoredComment> newest(long articleId, int limit) {
        return jdbc.sql(COLUMNS + """
                WHERE article_id = :article AND status = 'approved' AND deleted_at IS NULL
                ORDER BY created_at DESC, id DESC LIMIT :limit
                """)
                .param("article", articleId).param("limit", limit).query(ROW).list();
    }

    /** The newest public threads of an article (their first comments), for its structured data. */
    List<StoredComment> newestThreads(long articleId, int limit) {
        return jdbc.sql(COLUMNS + """
                WHERE article_id = :article AND status = 'approved' AND depth = 0 AND deleted_at IS NULL
                ORDER BY created_at DESC, id DESC LIMIT :limit
                """)
                .param("article", articleId).param("limit", limit).query(ROW).list();
    }

    /** Leaves work for after the commit (see {@code discussion_jobs}). */
    void addJob(long commentId, String kind, long at) {
        jdbc.sql("INSERT INTO discussion_jobs (comment_id, kind, created_at) VALUES (:comment, :kind, :at)")
                .param("comment", commentId).param("kind", kind).param("at", at).update();
    }

    private static StoredComment row(ResultSet rs, int n) throws SQLException {
        return new StoredComment(rs.getLong("id"), rs.getLong("article_id"), nullableLong(rs, "parent_id"),
                rs.getLong("thread_id"), rs.getInt("depth"), nullableLong(rs, "user_id"), rs.getString("guest_id"),
                rs.getString("author_name"), rs.getString("author_email"), rs.getString("author_website"),
                rs.getString("body_markdown"), rs.getString("body_html"), CommentStatus.fromCode(rs.getString("status")),
                nullableLong(rs, "approved_seq"), rs.getInt("up_votes"), rs.getInt("down_votes"), rs.getInt("score"),
                rs.getInt("replies"), rs.getInt("thread_replies"), rs.getString("quote"), rs.getString("quote_prefix"),
                rs.getString("quote_suffix"), nullableLong(rs, "question_id"), rs.getLong("created_at"),
                nullableLong(rs, "edited_at"), nullableLong(rs, "deleted_at"), nullableLong(rs, "picked_at"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
