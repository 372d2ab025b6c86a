package org.masthead.notifications;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends what the outbox holds: right after a message is committed, and at every poll for what is
 * left — retries that have come due, messages of a node that died before sending them. Sending
 * runs on a thread of its own, so neither a web request nor the shared scheduler waits on SMTP.
 */
@Component
class OutboxWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

    /** Messages claimed at a time. */
    static final int BATCH = 20;
    /** How long a claim keeps other workers off a batch; the SMTP timeouts bound each send well within it. */
    static final Duration LEASE = Duration.ofMinutes(10);
    /** No send starts this close to the end of the lease: past it, another worker may take the message. */
    static final Duration LONGEST_SEND = Duration.ofMinutes(2);
    private static final int ERROR_LENGTH = 1000;

    private final OutboxRepository outbox;
    private final JavaMailSender mail;
    private final Backoff backoff;
    private final Clock clock;
    private final InternetAddress from;
    // One sending thread; at most one run waits behind the current one, and that run covers every
    // later nudge, so the rest are dropped rather than queued.
    private final ThreadPoolExecutor runner = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(1), r -> {
                Thread thread = new Thread(r, "mail-outbox");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.DiscardPolicy());

    OutboxWorker(OutboxRepository outbox, Optional<JavaMailSender> mail, Backoff backoff, Clock clock,
            @Value("${masthead.mail.from}") String from) {
        this.outbox = outbox;
        this.mail = mail.orElse(null);
        this.backoff = backoff;
        this.clock = clock;
        try {
            this.from = new InternetAddress(from, true);
        }
        catch (AddressException e) {
            throw new IllegalStateException("masthead.mail.from is not an email address: '" + from + "'", e);
        }
        if (this.mail == null) {
            log.warn("No SMTP server is configured (spring.mail.host): emails stay in the outbox until one is.");
        }
    }

    @Scheduled(fixedDelayString = "${masthead.mail.poll-interval}", initialDelayString = "${masthead.mail.poll-interval}")
    void poll() {
        nudge();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(MessageQueued queued) {
        nudge();
    }

    /**
     * Starts a run on the sending thread, unless one is already waiting to start. A run goes on while
     * it finds full batches: after a burst of sign-ups, the confirmations behind the first batch go
     * out at the mail server's pace, not a batch per poll. It stops between batches when the
     * application does.
     */
    void nudge() {
        runner.execute(() -> {
            try {
                boolean more = true;
                while (more && !runner.isShutdown()) {
                    more = sendDue() == BATCH;
                }
            }
            catch (RuntimeException e) {
                log.warn("Sending the email outbox failed; trying again at the next poll", e);
            }
        });
    }

    private static final int RECORD_TRIES = 10;

    /** Claims the messages that are due and sends them, one by one; returns how many it claimed. */
    int sendDue() {
        if (mail == null) {
            return 0;
        }
        Instant now = clock.instant();
        Instant leaseUntil = now.plus(LEASE);
        var claimed = outbox.claimDue(now, leaseUntil, BATCH);
        for (OutboxRepository.Claimed message : claimed) {
            if (clock.instant().isAfter(leaseUntil.minus(LONGEST_SEND))) {
                break; // the rest are sent once their claim has run out
            }
            send(message);
        }
        return claimed.size();
    }

    private void send(OutboxRepository.Claimed message) {
        int attempts = message.attempts() + 1;
        try {
            mail.send(mime(message));
        }
        catch (MessagingException | RuntimeException e) {
            failed(message, attempts, describe(e));
            return;
        }
        // Sent: from here on, trouble recording it must never send it again.
        recordSent(message, attempts);
    }

    private void failed(OutboxRepository.Claimed message, int attempts, String error) {
        Optional<Instant> retry = backoff.retryAfter(attempts);
        try {
            if (retry.isPresent()) {
                outbox.markRetry(message.id(), attempts, retry.get(), error);
                log.info("Email {} ({}) not sent on attempt {}, trying again at {}: {}", message.id(),
                        message.template(), attempts, retry.get(), error);
            }
            else {
                outbox.markFailed(message.id(), attempts, error);
                log.warn("Email {} ({}) given up after {} attempts: {}", message.id(), message.template(), attempts,
                        error);
            }
        }
        catch (RuntimeException busy) {
            // Its claim runs out and the next poll tries it again, as if this attempt had not happened.
            log.warn("Could not record the failed attempt at email {}: {}", message.id(), busy.getMessage());
        }
    }

    /**
     * Records a message as sent, trying again for a while if the database is busy: a message left
     * claimed but unrecorded would be sent a second time when its claim runs out.
     */
    private void recordSent(OutboxRepository.Claimed message, int attempts) {
        for (int tries = 1;; tries++) {
            try {
                outbox.markSent(message.id(), attempts, clock.instant());
                log.debug("Sent email {} ({})", message.id(), message.template());
                return;
            }
            catch (RuntimeException busy) {
                if (tries == RECORD_TRIES) {
                    log.error("Email {} was sent but could not be recorded; it may be sent again", message.id(), busy);
                    return;
                }
                try {
                    Thread.sleep(500L * tries);
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Text and HTML as alternatives: mail clients show the richest they can. */
    private MimeMessage mime(OutboxRepository.Claimed message) throws MessagingException {
        MimeMessage mime = mail.createMimeMessage();
        mime.setFrom(from);
        mime.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(message.recipient(), true));
        mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
        mime.setSentDate(Date.from(clock.instant()));
        // Tells auto-responders not to answer (RFC 3834).
        mime.setHeader("Auto-Submitted", "auto-generated");
        if (message.unsubscribeUrl() != null) {
            // One click in the mail client ends it (RFC 8058), without opening a page.
            mime.setHeader("List-Unsubscribe", "<" + message.unsubscribeUrl() + ">");
            mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(message.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(text);
        alternatives.addBodyPart(html);
        mime.setContent(alternatives);
        return mime;
    }

    private static String describe(Exception e) {
        String description = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return description.length() <= ERROR_LENGTH ? description : description.substring(0, ERROR_LENGTH - 1) + "…";
    }

    @PreDestroy
    void stop() throws InterruptedException {
        runner.shutdown();
        // A send cut short is not lost: its claim runs out and it is sent again.
        if (!runner.awaitTermination(10, TimeUnit.SECONDS)) {
            runner.shutdownNow();
        }
    }
}
