package org.masthead.discussion;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class SubscriptionRepository {

    private static final String COLUMNS = """
            SELECT id, email, user_id, article_id, comment_id, kind, confirmed_at FROM comment_subscriptions
            """;

    private final JdbcClient jdbc;

    SubscriptionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The same wish made before by the same address, if any. */
    Optional<Subscription> existing(String email, long articleId, Long commentId, Subscription.Kind kind) {
        String comment = commentId == null ? "comment_id IS NULL" : "comment_id = :comment";
        var query = jdbc.sql(COLUMNS + "WHERE email = :email AND article_id = :article AND kind = :kind AND " + comment)
                .param("email", email).param("article", articleId).param("kind", kind.code);
        if (commentId != null) {
            query = query.param("comment", commentId);
        }
        return query.query(SubscriptionRepository::row).optional();
    }

    long create(String email, Long userId, long articleId, Long commentId, Subscription.Kind kind, Long confirmedAt,
            long now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO comment_subscriptions (email, user_id, article_id, comment_id, kind, confirmed_at, created_at)
                VALUES (:email, :user, :article, :comment, :kind, :confirmed, :now)
                """)
                .param("email", email).param("user", userId).param("article", articleId).param("comment", commentId)
                .param("kind", kind.code).param("confirmed", confirmedAt).param("now", now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Subscription> byId(long id) {
        return jdbc.sql(COLUMNS + "WHERE id = :id").param("id", id).query(SubscriptionRepository::row).optional();
    }

    void confirm(long id, long now) {
        jdbc.sql("UPDATE comment_subscriptions SET confirmed_at = :now WHERE id = :id AND confirmed_at IS NULL")
                .param("now", now).param("id", id).update();
    }

    int end(long id) {
        return jdbc.sql("DELETE FROM comment_subscriptions WHERE id = :id").param("id", id).update();
    }

    int endAll(String email) {
        return jdbc.sql("DELETE FROM comment_subscriptions WHERE email = :email").param("email", email).update();
    }

    /** Confirmed wishes about this article: to hear of every comment, or of replies to one's own. */
    List<Subscription> following(long articleId) {
        return jdbc.sql(COLUMNS + "WHERE article_id = :article AND kind IN ('article', 'my-replies') AND confirmed_at IS NOT NULL")
                .param("article", articleId).query(SubscriptionRepository::row).list();
    }

    /** Confirmed wishes to hear of replies to these comments. */
    List<Subscription> followingComments(Collection<Long> commentIds) {
        if (commentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + "WHERE comment_id IN (:comments) AND kind = 'comment' AND confirmed_at IS NOT NULL")
                .param("comments", commentIds).query(SubscriptionRepository::row).list();
    }

    private static Subscription row(ResultSet rs, int n) throws SQLException {
        long user = rs.getLong("user_id");
        Long userId = rs.wasNull() ? null : user;
        long comment = rs.getLong("comment_id");
        Long commentId = rs.wasNull() ? null : comment;
        long confirmed = rs.getLong("confirmed_at");
        Long confirmedAt = rs.wasNull() ? null : confirmed;
        return new Subscription(rs.getLong("id"), rs.getString("email"), userId, rs.getLong("article_id"), commentId,
                Subscription.Kind.fromCode(rs.getString("kind")), confirmedAt);
    }
}
