package org.masthead.accounts;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TokenRepository {

    private final JdbcClient jdbc;

    TokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(String hash, long userId, String purpose, Instant expiresAt, Instant now) {
        jdbc.sql("""
                INSERT INTO account_tokens (token_hash, user_id, purpose, expires_at, created_at)
                VALUES (:hash, :user, :purpose, :expires, :now)
                """)
                .param("hash", hash).param("user", userId).param("purpose", purpose)
                .param("expires", expiresAt.toEpochMilli()).param("now", now.toEpochMilli()).update();
    }

    /**
     * Uses the token if it is unused and unexpired, and says whose it was. One statement, so two
     * clicks on the same link can never both succeed.
     */
    Optional<Long> consume(String hash, String purpose, Instant now) {
        return jdbc.sql("""
                UPDATE account_tokens SET used_at = :now
                WHERE token_hash = :hash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now
                RETURNING user_id
                """)
                .param("hash", hash).param("purpose", purpose).param("now", now.toEpochMilli())
                .query(Long.class).optional();
    }

    /** Whose the token is, if it is unused and unexpired; it stays unused. */
    Optional<Long> holder(String hash, String purpose, Instant now) {
        return jdbc.sql("""
                SELECT user_id FROM account_tokens
                WHERE token_hash = :hash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now
                """)
                .param("hash", hash).param("purpose", purpose).param("now", now.toEpochMilli())
                .query(Long.class).optional();
    }

    /** A new reset link makes the older ones worthless. */
    void retire(long userId, String purpose, Instant now) {
        jdbc.sql("UPDATE account_tokens SET used_at = :now WHERE user_id = :user AND purpose = :purpose AND used_at IS NULL")
                .param("now", now.toEpochMilli()).param("user", userId).param("purpose", purpose).update();
    }
}
