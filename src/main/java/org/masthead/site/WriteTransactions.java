package org.masthead.site;

import java.time.Duration;
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.core.InfrastructureProxy;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.sqlite.SQLiteConfig.TransactionMode;
import org.sqlite.SQLiteConnection;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionDefinition;

/**
 * Transactions for a database that lets one writer in at a time: SQLite. Writers queue here, in the
 * application, fairly and for a bounded time, instead of at the database, where a busy timeout is the
 * only order and a connection that gave up half-way is left in a state nobody should reuse. Readers
 * never queue: in WAL mode they read beside the writer, so a read-only transaction begins deferred
 * while every other begins immediate (taking the write lock at once, so it cannot fail half-way for
 * want of it). A writer that cannot get in within
 * {@code masthead.database.write-wait} is refused before it has written anything
 * ({@link DatabaseBusy}, answered 503).
 *
 * <p>So that the queue holds, every write runs in a transaction, and no transaction does slow work
 * (hashing a password, decoding a picture, rendering a message): it is done before the transaction
 * starts.
 */
class WriteTransactions extends JdbcTransactionManager {

    /** Too many writers wait already: nothing was written. */
    static class DatabaseBusy extends CannotCreateTransactionException {

        DatabaseBusy(Duration waited) {
            super("No writer slot within " + waited.toMillis() + " ms");
        }
    }

    private final Semaphore writer = new Semaphore(1, true);
    private final Set<Object> holding = Collections.newSetFromMap(new ConcurrentHashMap<>());
    private final Duration wait;

    WriteTransactions(DataSource dataSource, Duration wait) {
        super(new BeginningAsAsked(dataSource));
        this.wait = wait;
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        boolean writes = !definition.isReadOnly();
        if (writes) {
            try {
                if (!writer.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new DatabaseBusy(wait);
                }
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DatabaseBusy(wait);
            }
            holding.add(transaction);
        }
        READING.set(!writes);
        try {
            super.doBegin(transaction, definition);
        }
        catch (RuntimeException | Error e) {
            release(transaction);
            throw e;
        }
        finally {
            READING.remove();
        }
    }

    @Override
    protected void doCleanupAfterCompletion(Object transaction) {
        try {
            super.doCleanupAfterCompletion(transaction);
        }
        finally {
            release(transaction);
        }
    }

    private void release(Object transaction) {
        if (holding.remove(transaction)) {
            writer.release();
        }
    }

    private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

    /**
     * Hands out the pool's connections set to begin the way the transaction being started needs. It
     * stands for the pool itself ({@link InfrastructureProxy}), so the code in the transaction, which
     * asks the pool, finds the transaction's connection.
     */
    private static final class BeginningAsAsked extends DelegatingDataSource implements InfrastructureProxy {

        BeginningAsAsked(DataSource pool) {
            super(pool);
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = super.getConnection();
            try {
                connection.unwrap(SQLiteConnection.class).getConnectionConfig().setTransactionMode(
                        Boolean.TRUE.equals(READING.get()) ? TransactionMode.DEFERRED : TransactionMode.IMMEDIATE);
                return connection;
            }
            catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        }

        @Override
        public Object getWrappedObject() {
            return getTargetDataSource();
        }
    }
}
