package org.masthead.accounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How often each holder used each allowance, in the current window and the one before, in the
 * database every node shares. A holder is stored as given: {@link SharedWindow} hands in a hash.
 */
@Repository
class AllowanceCounts {

    private final JdbcClient jdbc;

    AllowanceCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The uses in a window, this one included, and in the window before it. */
    record Counted(int current, int previous) {
    }

    /**
     * Counts one use in a window and returns the counts the estimate needs, in one statement: uses on
     * several nodes at once take turns on the row, so none is lost. A row last counted in an earlier
     * window moves on: its count becomes the previous one if that window was the last, else nothing.
     */
    Counted count(String allowance, String holder, long window, long expiresAt) {
        return jdbc.sql("""
                INSERT INTO allowance_counts (allowance, holder, window_no, used, previous, expires_at)
                VALUES (:allowance, :holder, :window, 1, 0, :expires)
                ON CONFLICT (allowance, holder) DO UPDATE SET
                    previous = CASE WHEN allowance_counts.window_no = :window THEN allowance_counts.previous
                                    WHEN allowance_counts.window_no = :window - 1 THEN allowance_counts.used
                                    ELSE 0 END,
                    used = CASE WHEN allowance_counts.window_no = :window THEN allowance_counts.used + 1 ELSE 1 END,
                    window_no = :window,
                    expires_at = :expires
                RETURNING used, previous
                """).param("allowance", allowance).param("holder", holder).param("window", window)
                .param("expires", expiresAt)
                .query((rs, n) -> new Counted(rs.getInt("used"), rs.getInt("previous"))).single();
    }

    /**
     * Takes back one use counted in this window or the one before (a row not counted since still
     * holds it as its current count).
     */
    void uncount(String allowance, String holder, long window) {
        jdbc.sql("""
                UPDATE allowance_counts SET used = used - 1
                WHERE allowance = :allowance AND holder = :holder AND window_no >= :window - 1 AND used > 0
                """).param("allowance", allowance).param("holder", holder).param("window", window).update();
    }

    int forgetExpired(long now) {
        return jdbc.sql("DELETE FROM allowance_counts WHERE expires_at < :now").param("now", now).update();
    }
}
