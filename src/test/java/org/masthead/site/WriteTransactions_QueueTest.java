package org.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** SQLite's one writer slot, queued in the application: many writers at once, none lost, none half-written. */
class WriteTransactions_QueueTest {

    private HikariDataSource pool;
    private JdbcClient jdbc;

    @BeforeEach
    void database() throws Exception {
        Path folder = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-data")), "queue-");
        pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:sqlite:" + folder.resolve("queue.db")
                + "?journal_mode=WAL&foreign_keys=true&busy_timeout=5000&synchronous=NORMAL&transaction_mode=IMMEDIATE");
        pool.setMaximumPoolSize(10);
        pool.setExceptionOverrideClassName(SqliteConnectionGuard.class.getName());
        jdbc = JdbcClient.create(pool);
        jdbc.sql("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)").update();
    }

    @AfterEach
    void close() {
        pool.close();
    }

    private long notes() {
        return jdbc.sql("SELECT COUNT(*) FROM notes").query(Long.class).single();
    }

    @Test
    void fourHundredWritersAtOnce_allGetTheirTurn_andEveryWriteIsStored() throws Exception {
        TransactionTemplate transaction = new TransactionTemplate(new WriteTransactions(pool, Duration.ofSeconds(10)));
        ExecutorService threads = Executors.newFixedThreadPool(400);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> writes = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String text = "note " + i;
            writes.add(threads.submit(() -> {
                start.await();
                // Two statements and a read, as a real write does: all or nothing.
                transaction.executeWithoutResult(status -> {
                    jdbc.sql("INSERT INTO notes (text) VALUES (:t)").param("t", text).update();
                    jdbc.sql("UPDATE notes SET text = text || '.' WHERE text = :t").param("t", text).update();
                });
                return null;
            }));
        }
        start.countDown();
        for (Future<?> write : writes) {
            write.get(2, TimeUnit.MINUTES);
        }
        threads.shutdown();
        assertThat(notes()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notes WHERE text LIKE '%.'").query(Long.class).single()).isEqualTo(400);
    }

    @Test
    void aWriterThatCannotGetIn_isRefusedBeforeWritingAnything_whileReadersCarryOn() throws Exception {
        WriteTransactions manager = new WriteTransactions(pool, Duration.ofMillis(200));
        TransactionTemplate transaction = new TransactionTemplate(manager);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService slow = Executors.newSingleThreadExecutor();
        Future<?> slowWrite = slow.submit(() -> transaction.executeWithoutResult(status -> {
            jdbc.sql("INSERT INTO notes (text) VALUES ('slow')").update();
            holding.countDown();
            try {
                release.await();
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        holding.await();

        assertThatThrownBy(() -> transaction.executeWithoutResult(status ->
                jdbc.sql("INSERT INTO notes (text) VALUES ('refused')").update()))
                .isInstanceOf(WriteTransactions.DatabaseBusy.class);
        TransactionTemplate reading = new TransactionTemplate(manager);
        reading.setReadOnly(true);
        Long seen = reading.execute(status -> notes());
        assertThat(seen).as("readers do not queue").isZero();

        release.countDown();
        slowWrite.get(10, TimeUnit.SECONDS);
        slow.shutdown();
        assertThat(jdbc.sql("SELECT text FROM notes").query(String.class).list()).containsExactly("slow");
        // The slot is free again.
        transaction.executeWithoutResult(status -> jdbc.sql("INSERT INTO notes (text) VALUES ('after')").update());
        assertThat(notes()).isEqualTo(2);
    }

    @Test
    void aConnectionThatReportedTheDatabaseBusy_leavesThePool() throws Exception {
        assertThat(new SqliteConnectionGuard().adjudicate(new org.sqlite.SQLiteException(
                "[SQLITE_BUSY] The database file is locked (database is locked)", org.sqlite.SQLiteErrorCode.SQLITE_BUSY)))
                .isEqualTo(com.zaxxer.hikari.SQLExceptionOverride.Override.MUST_EVICT);
        assertThat(new SqliteConnectionGuard().adjudicate(new org.sqlite.SQLiteException(
                "[SQLITE_ERROR] SQL error or missing database (cannot commit - no transaction is active)",
                org.sqlite.SQLiteErrorCode.SQLITE_ERROR)))
                .isEqualTo(com.zaxxer.hikari.SQLExceptionOverride.Override.MUST_EVICT);
        assertThat(new SqliteConnectionGuard().adjudicate(new org.sqlite.SQLiteException(
                "[SQLITE_CONSTRAINT_UNIQUE] A UNIQUE constraint failed", org.sqlite.SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE)))
                .as("a refused row says nothing about the connection")
                .isEqualTo(com.zaxxer.hikari.SQLExceptionOverride.Override.CONTINUE_EVICT);
        assertThat(new SqliteConnectionGuard().adjudicate(new java.sql.SQLException("deadlock detected", "40P01")))
                .isEqualTo(com.zaxxer.hikari.SQLExceptionOverride.Override.CONTINUE_EVICT);
        assertThat(TransactionDefinition.withDefaults().isReadOnly()).isFalse();
    }
}
