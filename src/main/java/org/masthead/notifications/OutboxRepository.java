package org.masthead.notifications;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code email_outbox} table. A message is claimed by setting {@code claimed_until}: until then
 * no other worker takes it, and if its worker dies the claim runs out and the message is sent later.
 */
@Repository
class OutboxRepository {

    /** A claimed message; {@code attempts} counts the sends already tried. */
    record Claimed(long id, String recipient, String template, String subject, String text, String html,
            int attempts, String unsubscribeUrl) {
    }

    private final JdbcClient jdbc;

    OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Joins the caller's transaction, like any JdbcClient statement on the application's DataSource. */
    void insert(String recipient, String template, EmailTemplates.Rendered message, String unsubscribeUrl,
            Instant now) {
        jdbc.sql("""
                INSERT INTO email_outbox (recipient, template, subject, text_body, html_body, status, attempts,
                                          next_attempt_at, claimed_until, created_at, unsubscribe_url)
                VALUES (:recipient, :template, :subject, :text, :html, 'queued', 0, :now, 0, :now, :unsubscribe)
                """)
                .param("unsubscribe", unsubscribeUrl)
                .param("recipient", recipient)
                .param("template", template)
                .param("subject", message.subject())
                .param("text", message.text())
                .param("html", message.html())
                .param("now", now.toEpochMilli())
                .update();
    }

    /**
     * Claims up to {@code limit} due messages until {@code leaseUntil}, in one statement.
     *
     * <p>The conditions stand twice on purpose. On PostgreSQL a concurrent claim of the same rows
     * waits for the first one to commit and then re-checks only the outer WHERE against the rows
     * as they are now — not the subquery — so without the outer conditions both workers would take
     * the same rows. SQLite runs one writer at a time, so there the statement is atomic anyway.
     */
    @Transactional
    List<Claimed> claimDue(Instant now, Instant leaseUntil, int limit) {
        return jdbc.sql("""
                UPDATE email_outbox SET claimed_until = :leaseUntil
                WHERE status = 'queued' AND next_attempt_at <= :now AND claimed_until < :now
                  AND id IN (SELECT id FROM email_outbox
                             WHERE status = 'queued' AND next_attempt_at <= :now AND claimed_until < :now
                             ORDER BY next_attempt_at, id
                             LIMIT :limit)
                RETURNING id, recipient, template, subject, text_body, html_body, attempts, unsubscribe_url
                """)
                .param("now", now.toEpochMilli())
                .param("leaseUntil", leaseUntil.toEpochMilli())
                .param("limit", limit)
                .query((rs, n) -> new Claimed(rs.getLong("id"), rs.getString("recipient"), rs.getString("template"),
                        rs.getString("subject"), rs.getString("text_body"), rs.getString("html_body"),
                        rs.getInt("attempts"), rs.getString("unsubscribe_url")))
                .list().stream().sorted(Comparator.comparingLong(Claimed::id)).toList();
    }

    @Transactional
    void markSent(long id, int attempts, Instant now) {
        jdbc.sql("""
                UPDATE email_outbox SET status = 'sent', attempts = :attempts, sent_at = :now, claimed_until = 0
                WHERE id = :id
                """)
                .param("id", id).param("attempts", attempts).param("now", now.toEpochMilli())
                .update();
    }

    /** Records a failed attempt; the message is tried again from {@code nextAttemptAt}. */
    @Transactional
    void markRetry(long id, int attempts, Instant nextAttemptAt, String error) {
        jdbc.sql("""
                UPDATE email_outbox SET attempts = :attempts, next_attempt_at = :next, claimed_until = 0,
                                        last_error = :error
                WHERE id = :id AND status = 'queued'
                """)
                .param("id", id).param("attempts", attempts).param("next", nextAttemptAt.toEpochMilli())
                .param("error", error)
                .update();
    }

    /** Records the last failed attempt: the message is given up. */
    @Transactional
    void markFailed(long id, int attempts, String error) {
        jdbc.sql("""
                UPDATE email_outbox SET status = 'failed', attempts = :attempts, claimed_until = 0, last_error = :error
                WHERE id = :id AND status = 'queued'
                """)
                .param("id", id).param("attempts", attempts).param("error", error)
                .update();
    }
}
