package org.masthead.accounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** How often each holder used each allowance, window by window, in the database every node shares. */
@Repository
class AllowanceCounts {

    private final JdbcClient jdbc;

    AllowanceCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Counts one use in a window and returns the window's count with it. One statement: uses on
     * several nodes at once take turns on the row, so none is lost.
     */
    int count(String allowance, String holder, long window, long expiresAt) {
        return jdbc.sql("""
                INSERT INTO allowance_counts (allowance, holder, window_no, used, expires_at)
                VALUES (:allowance, :holder, :window, 1, :expires)
                ON CONFLICT (allowance, holder, window_no) DO UPDATE SET used = allowance_counts.used + 1
                RETURNING used
                """).param("allowance", allowance).param("holder", holder).param("window", window)
                .param("expires", expiresAt).query(Integer.class).single();
    }

    /** The uses counted in a window, or 0. */
    int used(String allowance, String holder, long window) {
        return jdbc.sql("SELECT used FROM allowance_counts WHERE allowance = :allowance AND holder = :holder AND window_no = :window")
                .param("allowance", allowance).param("holder", holder).param("window", window)
                .query(Integer.class).optional().orElse(0);
    }

    /** Takes back a use that, after all, cost nothing. */
    void uncount(String allowance, String holder, long window) {
        jdbc.sql("""
                UPDATE allowance_counts SET used = used - 1
                WHERE allowance = :allowance AND holder = :holder AND window_no = :window AND used > 0
                """).param("allowance", allowance).param("holder", holder).param("window", window).update();
    }

    int forgetExpired(long now) {
        return jdbc.sql("DELETE FROM allowance_counts WHERE expires_at < :now").param("now", now).update();
    }
}
