package org.masthead.accounts;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BrowserRepository {

    /** So many browsers are remembered per account; an older one has to sign in as a new one would. */
    private static final int PER_ACCOUNT = 20;

    private final JdbcClient jdbc;

    BrowserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Forgets every browser of the account: its password changed, and with it whom to trust. */
    void forgetAll(long userId) {
        jdbc.sql("DELETE FROM known_browsers WHERE user_id = :user").param("user", userId).update();
    }

    /** Whose browser this is, if it is remembered still. */
    Optional<Long> holder(String hash, Instant now) {
        return jdbc.sql("SELECT user_id FROM known_browsers WHERE token_hash = :hash AND expires_at > :now")
                .param("hash", hash).param("now", now.toEpochMilli()).query(Long.class).optional();
    }

    /** Remembers a browser, forgetting the account's oldest ones beyond twenty, and any expired. */
    void remember(String hash, long userId, Instant expiresAt, Instant now) {
        jdbc.sql("INSERT INTO known_browsers (token_hash, user_id, expires_at, created_at) VALUES (:hash, :user, :expires, :now)")
                .param("hash", hash).param("user", userId).param("expires", expiresAt.toEpochMilli())
                .param("now", now.toEpochMilli()).update();
        jdbc.sql("""
                DELETE FROM known_browsers WHERE user_id = :user AND (expires_at <= :now OR token_hash NOT IN (
                    SELECT token_hash FROM known_browsers WHERE user_id = :user ORDER BY created_at DESC LIMIT :keep))
                """)
                .param("user", userId).param("now", now.toEpochMilli()).param("keep", PER_ACCOUNT).update();
    }
}
