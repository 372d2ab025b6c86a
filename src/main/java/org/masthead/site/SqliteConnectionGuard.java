package org.masthead.site;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;

/**
 * Takes a SQLite connection out of the pool as soon as it reports the database busy or locked, or
 * any error while starting, committing or ending a transaction. Such a connection can be left
 * believing it is in a transaction it is not in ("cannot commit – no transaction is active"); handed
 * out again, it would fail every request that got it. A fresh connection costs a millisecond.
 * Other databases' errors are left to the pool's own judgement.
 */
public class SqliteConnectionGuard implements SQLExceptionOverride {

    @java.lang.Override
    public Override adjudicate(SQLException e) {
        if (!(e.getClass().getName().startsWith("org.sqlite") || String.valueOf(e.getMessage()).startsWith("[SQLITE_"))) {
            return Override.CONTINUE_EVICT;
        }
        String message = String.valueOf(e.getMessage());
        boolean broken = message.contains("SQLITE_BUSY") || message.contains("SQLITE_LOCKED")
                || message.contains("transaction") || message.contains("SQLITE_IOERR") || message.contains("SQLITE_CORRUPT");
        return broken ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
    }
}
