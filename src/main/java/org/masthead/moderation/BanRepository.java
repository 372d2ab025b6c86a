package org.masthead.moderation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Bans, read at every comment from the database, so a new one holds on every node at once. */
@Repository
class BanRepository {

    private final JdbcClient jdbc;

    BanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(Ban.Kind kind, String value, String label, String reason, Long until, Long by, long now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO moderation_bans (kind, value, label, reason, until, created_by, created_at)
                VALUES (:kind, :value, :label, :reason, :until, :by, :now)
                """).param("kind", kind.code()).param("value", value).param("label", label).param("reason", reason)
                .param("until", until).param("by", by).param("now", now).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /**
     * The ban in force on any of these (nulls match nothing); a permanent one before a timed one, the
     * timed one that lasts longest before the rest.
     */
    Optional<Ban> inForce(Long userId, String email, String clientHash, long now) {
        return jdbc.sql("""
                SELECT * FROM moderation_bans
                WHERE lifted_at IS NULL AND (until IS NULL OR until > :now)
                  AND ((value = :account AND kind = 'account') OR (value = :email AND kind = 'email')
                       OR (value = :address AND kind = 'address'))
                ORDER BY CASE WHEN until IS NULL THEN 0 ELSE 1 END, until DESC LIMIT 1
                """).param("now", now).param("account", userId == null ? null : Long.toString(userId))
                .param("email", email).param("address", clientHash).query(BanRepository::row).optional();
    }

    Optional<Ban> find(long id) {
        return jdbc.sql("SELECT * FROM moderation_bans WHERE id = :id").param("id", id).query(BanRepository::row).optional();
    }

    /** Bans in force first, then the ended and lifted, newest first. */
    List<Ban> list(long now, int limit) {
        return jdbc.sql("""
                SELECT * FROM moderation_bans
                ORDER BY CASE WHEN lifted_at IS NULL AND (until IS NULL OR until > :now) THEN 0 ELSE 1 END,
                         created_at DESC, id DESC
                LIMIT :limit
                """).param("now", now).param("limit", limit).query(BanRepository::row).list();
    }

    boolean lift(long id, Long by, long now) {
        return jdbc.sql("UPDATE moderation_bans SET lifted_at = :now, lifted_by = :by WHERE id = :id AND lifted_at IS NULL")
                .param("now", now).param("by", by).param("id", id).update() == 1;
    }

    private static Ban row(ResultSet rs, int n) throws SQLException {
        return new Ban(rs.getLong("id"), Ban.Kind.fromCode(rs.getString("kind")), rs.getString("value"),
                rs.getString("label"), rs.getString("reason"), Rows.longOrNull(rs, "until"),
                Rows.longOrNull(rs, "created_by"), rs.getLong("created_at"),
                Rows.longOrNull(rs, "lifted_at"));
    }
}
