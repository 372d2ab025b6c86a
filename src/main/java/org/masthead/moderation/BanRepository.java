package org.masthead.moderation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Bans as stored; every node keeps those in force in its {@link BanBook}. */
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

    /** Every ban in force now. */
    List<Ban> inForce(long now) {
        return jdbc.sql("SELECT * FROM moderation_bans WHERE lifted_at IS NULL AND (until IS NULL OR until > :now)")
                .param("now", now).query(BanRepository::row).list();
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
