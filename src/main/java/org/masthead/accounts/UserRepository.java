package org.masthead.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

    /** A stored account, password hash included: never leaves this module. */
    record User(long id, String email, String displayName, String passwordHash, String role, String bio,
            Long emailVerifiedAt, Long disabledAt, String avatarUrl) {

        Member member() {
            return new Member(id, email, displayName, Role.fromCode(role), emailVerifiedAt != null);
        }
    }

    private static final String COLUMNS = """
            SELECT id, email, display_name, password_hash, role, bio, email_verified_at, disabled_at, avatar_url FROM users
            """;

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<User> byEmail(String email) {
        return jdbc.sql(COLUMNS + "WHERE email = :email").param("email", email).query(User.class).optional();
    }

    Optional<User> byId(long id) {
        return jdbc.sql(COLUMNS + "WHERE id = :id").param("id", id).query(User.class).optional();
    }

    List<User> byIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + "WHERE id IN (:ids)").param("ids", ids).query(User.class).list();
    }

    List<User> all() {
        return jdbc.sql(COLUMNS + "ORDER BY role, display_name").query(User.class).list();
    }

    long countWithRole(Role role) {
        return jdbc.sql("SELECT COUNT(*) FROM users WHERE role = :role").param("role", role.code())
                .query(Long.class).single();
    }

    long create(String email, String displayName, String passwordHash, Role role, Instant verifiedAt, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO users (email, display_name, password_hash, role, email_verified_at, created_at, updated_at)
                VALUES (:email, :name, :hash, :role, :verified, :now, :now)
                """)
                .param("email", email).param("name", displayName).param("hash", passwordHash)
                .param("role", role.code())
                .param("verified", verifiedAt == null ? null : verifiedAt.toEpochMilli())
                .param("now", now.toEpochMilli())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void markVerified(long id, Instant now) {
        jdbc.sql("UPDATE users SET email_verified_at = COALESCE(email_verified_at, :now), updated_at = :now WHERE id = :id")
                .param("now", now.toEpochMilli()).param("id", id).update();
    }

    void setPassword(long id, String hash, Instant now) {
        jdbc.sql("UPDATE users SET password_hash = :hash, updated_at = :now WHERE id = :id")
                .param("hash", hash).param("now", now.toEpochMilli()).param("id", id).update();
    }

    void setRole(long id, Role role, Instant now) {
        jdbc.sql("UPDATE users SET role = :role, updated_at = :now WHERE id = :id")
                .param("role", role.code()).param("now", now.toEpochMilli()).param("id", id).update();
    }

    /**
     * Puts a new picture in place of {@code expected}; false when another change put a different one
     * there first (then read again and retry), so two changes at once never lose track of a file.
     */
    boolean swapAvatar(long id, String expected, String url, Instant now) {
        return jdbc.sql("""
                UPDATE users SET avatar_url = :url, updated_at = :now
                WHERE id = :id AND avatar_url IS NOT DISTINCT FROM :expected
                """).param("url", url).param("now", now.toEpochMilli()).param("id", id).param("expected", expected)
                .update() == 1;
    }

    void setProfile(long id, String displayName, String bio, Instant now) {
        jdbc.sql("UPDATE users SET display_name = :name, bio = :bio, updated_at = :now WHERE id = :id")
                .param("name", displayName).param("bio", bio).param("now", now.toEpochMilli()).param("id", id).update();
    }
}
