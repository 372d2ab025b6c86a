package org.masthead.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.DatabaseTest;
import org.masthead.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox end to end: through the database to a real SMTP server. Tests that need a broken
 * server, or two workers, run workers of their own on a clock years ahead, and write their
 * messages at that time: the application's own worker, on the real clock, never finds them due.
 */
@DatabaseTest
class Outbox_DeliveryTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxRepository repository;

    @Autowired
    EmailTemplates templates;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JavaMailSender smtp;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Value("${masthead.mail.from}")
    String from;

    TransactionTemplate transactions;

    @BeforeEach
    void transactions() {
        transactions = new TransactionTemplate(transactionManager);
    }

    @Test
    void committedMessage_arrivesAsTextAndHtml_withTheValuesEscapedInTheHtml() throws Exception {
        String to = address("verify");
        transactions.executeWithoutResult(tx -> outbox.enqueue(to, "verify-email",
                Map.of("publicationName", "Hill & Harbour Gazette", "displayName", "Ada <Lovelace>",
                        "link", "https://news.example.test/verify?token=abc&next=%2F", "expiresIn", "48 hours")));

        await().atMost(PATIENCE).until(() -> TestMailServer.messagesTo(to).size() == 1);
        MimeMessage message = TestMailServer.messagesTo(to).get(0);
        assertThat(message.getSubject()).isEqualTo("Confirm your email address for Hill & Harbour Gazette");
        assertThat(message.getFrom()[0].toString()).isEqualTo(from);
        assertThat(message.getContentType()).startsWith("multipart/alternative");
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat((String) parts.getBodyPart(0).getContent())
                .contains("Hello Ada <Lovelace>,", "https://news.example.test/verify?token=abc&next=%2F", "48 hours");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat((String) parts.getBodyPart(1).getContent())
                .contains("Hill &amp; Harbour Gazette", "Hello Ada &lt;Lovelace&gt;,", "48 hours")
                .contains("href=\"https://news.example.test/verify?token=abc&amp;next=%2F\"")
                .doesNotContain("<Lovelace>");

        await().atMost(PATIENCE).until(() -> row(to).status().equals("sent"));
        assertThat(row(to).attempts()).isEqualTo(1);
        assertThat(row(to).sentAt()).isNotNull();
    }

    @Test
    void rolledBackTransaction_sendsNothing() {
        String dropped = address("rolled-back");
        String kept = address("committed");
        transactions.executeWithoutResult(tx -> {
            outbox.enqueue(dropped, "reset-password", resetValues());
            assertThat(rowsFor(dropped)).as("written in the caller's transaction").isEqualTo(1);
            tx.setRollbackOnly();
        });
        transactions.executeWithoutResult(tx -> outbox.enqueue(kept, "reset-password", resetValues()));

        await().atMost(PATIENCE).until(() -> TestMailServer.messagesTo(kept).size() == 1);
        assertThat(rowsFor(dropped)).isZero();
        assertThat(TestMailServer.messagesTo(dropped)).isEmpty();
    }

    @Test
    void implausibleAddressOrUnknownTemplate_isRefusedAtOnce() {
        for (String to : new String[] { "not an address", "ada@", "@example.test", "ada@example.test\r\nBcc: x@example.test",
                "Ada <ada@example.test>", "ada@exa mple.test", "", null }) {
            assertThatThrownBy(() -> outbox.enqueue(to, "reset-password", resetValues()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Not a plausible email address");
        }
        assertThatThrownBy(() -> outbox.enqueue(address("unknown"), "no-such-template", resetValues()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No email template 'no-such-template'");
        assertThatThrownBy(() -> outbox.enqueue(address("missing"), "welcome-staff", resetValues()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{{role}}");
    }

    @Test
    void failedSend_isRetriedAfterItsBackoff_andDeliveredOnceSmtpWorks() {
        var clock = new MovableClock(Instant.now().plus(Duration.ofDays(3650)));
        String to = address("retry");
        new Outbox(templates, repository, event -> { }, clock).enqueue(to, "reset-password", resetValues());
        awaitNoOtherMessageDue(to, clock.instant());
        OutboxWorker broken = worker(deadSmtp(), clock, 8);
        OutboxWorker working = worker(smtp, clock, 8);

        broken.sendDue();
        Row failed = row(to);
        assertThat(failed.status()).isEqualTo("queued");
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isNotBlank().hasSizeLessThanOrEqualTo(1000);
        assertThat(failed.nextAttemptAt()).isEqualTo(clock.instant().plus(Backoff.FIRST).toEpochMilli());

        clock.advance(Backoff.FIRST.minusSeconds(1));
        working.sendDue();
        assertThat(row(to).attempts()).as("not tried again before its time").isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        broken.sendDue();
        assertThat(row(to).attempts()).isEqualTo(2);
        assertThat(row(to).nextAttemptAt()).isEqualTo(clock.instant().plus(Backoff.delayAfter(2)).toEpochMilli());

        clock.advance(Backoff.delayAfter(2));
        working.sendDue();
        await().atMost(PATIENCE).until(() -> TestMailServer.messagesTo(to).size() == 1);
        Row sent = row(to);
        assertThat(sent.status()).isEqualTo("sent");
        assertThat(sent.attempts()).isEqualTo(3);
        assertThat(sent.sentAt()).isEqualTo(clock.instant().toEpochMilli());
        assertThat(sent.lastError()).isEqualTo(failed.lastError());
    }

    @Test
    void messageThatKeepsFailing_isGivenUpAfterItsLastAttempt() {
        var clock = new MovableClock(Instant.now().plus(Duration.ofDays(3650)));
        String to = address("given-up");
        new Outbox(templates, repository, event -> { }, clock).enqueue(to, "reset-password", resetValues());
        awaitNoOtherMessageDue(to, clock.instant());
        OutboxWorker broken = worker(deadSmtp(), clock, 3);

        for (int attempt = 1; attempt <= 3; attempt++) {
            broken.sendDue();
            assertThat(row(to).attempts()).isEqualTo(attempt);
            clock.advance(Backoff.delayAfter(attempt));
        }
        assertThat(row(to).status()).isEqualTo("failed");

        clock.advance(Duration.ofDays(1));
        broken.sendDue();
        assertThat(row(to).attempts()).as("never tried again").isEqualTo(3);
        assertThat(row(to).lastError()).isNotBlank();
    }

    /**
     * After a burst (two hundred sign-ups at once), the confirmations behind the first batch go out at
     * once, not one batch at each poll. The worker here has no poll: only its one run can send them.
     */
    @Test
    void oneNudge_sendsEveryBatchThatIsDue() throws InterruptedException {
        var clock = new MovableClock(Instant.now().plus(Duration.ofDays(3650)));
        String batch = "backlog-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> recipients = IntStream.range(0, OutboxWorker.BATCH + 5)
                .mapToObj(i -> batch + "-" + i + "@readers.example.test").toList();
        var futureOutbox = new Outbox(templates, repository, event -> { }, clock);
        recipients.forEach(to -> futureOutbox.enqueue(to, "reset-password", resetValues()));
        awaitNoOtherMessageDue(batch + "-%", clock.instant());

        OutboxWorker worker = worker(smtp, clock, 8);
        try {
            worker.nudge();

            await().atMost(PATIENCE).until(() -> queued(batch + "-%") == 0);
            for (String to : recipients) {
                await().atMost(PATIENCE).until(() -> row(to).status().equals("sent"));
                assertThat(TestMailServer.messagesTo(to)).as("messages to " + to).hasSize(1);
            }
        }
        finally {
            worker.stop();
        }
    }

    @Test
    void twoWorkersClaimingAtOnce_neverSendTheSameMessageTwice() throws Exception {
        var clock = new MovableClock(Instant.now().plus(Duration.ofDays(3650)));
        String batch = "concurrent-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> recipients = IntStream.range(0, 3 * OutboxWorker.BATCH + 5)
                .mapToObj(i -> batch + "-" + i + "@readers.example.test").toList();
        var futureOutbox = new Outbox(templates, repository, event -> { }, clock);
        recipients.forEach(to -> futureOutbox.enqueue(to, "reset-password", resetValues()));

        var start = new CyclicBarrier(2);
        var threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Void>> runs = threads.invokeAll(List.of(drain(worker(smtp, clock, 8), batch, start),
                    drain(worker(smtp, clock, 8), batch, start)), PATIENCE.toSeconds(), TimeUnit.SECONDS);
            for (Future<Void> run : runs) {
                run.get();
            }
        }
        finally {
            threads.shutdownNow();
        }

        await().atMost(PATIENCE).until(() -> recipients.stream().noneMatch(to -> TestMailServer.messagesTo(to).isEmpty()));
        for (String to : recipients) {
            assertThat(TestMailServer.messagesTo(to)).as("messages to " + to).hasSize(1);
            assertThat(row(to).status()).isEqualTo("sent");
        }
    }

    /** Runs a worker until none of the batch is left queued; the other worker may hold some. */
    private Callable<Void> drain(OutboxWorker worker, String batch, CyclicBarrier start) {
        return () -> {
            start.await();
            while (queued(batch + "-%") > 0) {
                if (worker.sendDue() == 0) {
                    Thread.sleep(10); // the other worker has the rest in hand
                }
            }
            return null;
        };
    }

    private OutboxWorker worker(JavaMailSender sender, Clock clock, int maxAttempts) {
        return new OutboxWorker(repository, Optional.of(sender), new Backoff(clock, maxAttempts), clock, from);
    }

    /** A server that refuses every connection: a port nothing listens on. */
    private static JavaMailSender deadSmtp() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            var sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(socket.getLocalPort());
            sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "5000");
            return sender;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A worker on a broken server would also fail other tests' messages that are due; this waits
     * until the application's own worker has sent them all.
     *
     * @param mine the test's recipients, as a pattern of SQL's LIKE
     */
    private void awaitNoOtherMessageDue(String mine, Instant at) {
        await().atMost(PATIENCE).until(() -> jdbc.sql("""
                SELECT COUNT(*) FROM email_outbox
                WHERE status = 'queued' AND next_attempt_at <= :at AND recipient NOT LIKE :mine
                """).param("at", at.toEpochMilli()).param("mine", mine).query(Long.class).single() == 0);
    }

    private static Map<String, String> resetValues() {
        return Map.of("publicationName", "Hill & Harbour Gazette", "displayName", "Ada",
                "link", "https://news.example.test/reset-password?token=abc", "expiresIn", "1 hour");
    }

    private static String address(String purpose) {
        return purpose + "-" + UUID.randomUUID().toString().substring(0, 8) + "@readers.example.test";
    }

    private record Row(String status, int attempts, long nextAttemptAt, String lastError, Long sentAt) {
    }

    private Row row(String to) {
        return jdbc.sql("""
                SELECT status, attempts, next_attempt_at, last_error, sent_at FROM email_outbox WHERE recipient = :to
                """).param("to", to).query((rs, n) -> {
                    long sentAt = rs.getLong("sent_at");
                    Long sent = rs.wasNull() ? null : sentAt;
                    return new Row(rs.getString("status"), rs.getInt("attempts"), rs.getLong("next_attempt_at"),
                            rs.getString("last_error"), sent);
                }).single();
    }

    private long rowsFor(String to) {
        return jdbc.sql("SELECT COUNT(*) FROM email_outbox WHERE recipient = :to").param("to", to)
                .query(Long.class).single();
    }

    private long queued(String pattern) {
        return jdbc.sql("SELECT COUNT(*) FROM email_outbox WHERE recipient LIKE :pattern AND status = 'queued'")
                .param("pattern", pattern).query(Long.class).single();
    }

    /** A clock the test moves by hand, shared by the workers it runs. */
    private static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = Instant.ofEpochMilli(start.toEpochMilli());
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
