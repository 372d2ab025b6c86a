package org.masthead.moderation;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.masthead.accounts.Accounts;
import org.masthead.accounts.Member;
import org.masthead.discussion.CommentRecord;
import org.masthead.discussion.CommentRecords;
import org.masthead.discussion.CommentStatus;
import org.masthead.notifications.Outbox;
import org.masthead.publishing.Publication;
import org.masthead.publishing.Publishing;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The morning digest, when the newsroom asked for one: from 8 o'clock in the publication's time zone,
 * once a day, every moderator, editor and owner is told what awaits review, if anything does. One
 * node sends it: the day's mark is taken in the database before the mail is queued, in one transaction.
 */
@Component
class Digest {

    static final LocalTime SENT_FROM = LocalTime.of(8, 0);
    static final int LISTED = 10;

    private final RuleBook book;
    private final RulesRepository repository;
    private final CommentRecords records;
    private final ReportRepository reports;
    private final Accounts accounts;
    private final Publishing publishing;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Digest(RuleBook book, RulesRepository repository, CommentRecords records, ReportRepository reports,
            Accounts accounts, Publishing publishing, Outbox outbox, TransactionTemplate transaction, Clock clock) {
        this.book = book;
        this.repository = repository;
        this.records = records;
        this.reports = reports;
        this.accounts = accounts;
        this.publishing = publishing;
        this.outbox = outbox;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${masthead.moderation.digest-check:PT10M}", initialDelayString = "PT1M")
    void check() {
        send(ZonedDateTime.now(clock.withZone(publishing.publication().timeZone())));
    }

    /** Sends the digest of the day of {@code now} if it is due by then; returns how many messages were queued. */
    int send(ZonedDateTime at) {
        if (!book.rules().digest()) {
            return 0;
        }
        Publication publication = publishing.publication();
        ZonedDateTime now = at.withZoneSameInstant(publication.timeZone());
        long dueFrom = now.toLocalDate().atTime(SENT_FROM).atZone(publication.timeZone()).toInstant().toEpochMilli();
        if (now.toLocalTime().isBefore(SENT_FROM)) {
            return 0;
        }
        Long sent = repository.digestSentAt();
        if (sent != null && sent >= dueFrom) {
            return 0;
        }
        long pending = records.count(CommentStatus.PENDING);
        long reported = reports.reportedCount();
        List<Member> moderators = accounts.members().stream().filter(Moderation::mayModerate).toList();
        Integer queued = transaction.execute(tx -> {
            if (!repository.takeDigest(sent, now.toInstant().toEpochMilli())) {
                return 0;
            }
            if (pending + reported == 0) {
                return 0;
            }
            Map<String, String> values = values(publication, pending, reported);
            moderators.forEach(m -> outbox.enqueue(m.email(), "moderation-digest", values));
            return moderators.size();
        });
        return queued == null ? 0 : queued;
    }

    private Map<String, String> values(Publication publication, long pending, long reported) {
        StringBuilder items = new StringBuilder();
        for (CommentRecord c : records.withStatus(CommentStatus.PENDING, false, null, LISTED)) {
            items.append("- ").append(c.authorName()).append(": ").append(AuditRepository.excerpt(c.bodyMarkdown()))
                    .append('\n');
        }
        String waiting = (pending == 1 ? "1 comment waits" : pending + " comments wait")
                + (reported == 0 ? "" : ", " + (reported == 1 ? "1 reported" : reported + " reported"));
        String summary = (pending == 1 ? "1 comment is" : pending + " comments are") + " held for review, and "
                + (reported == 1 ? "1 comment was" : reported + " comments were") + " reported by readers."
                + (pending > LISTED ? " The " + LISTED + " that waited longest:" : pending > 0 ? " Held:" : "");
        return Map.of("publicationName", publication.name(), "waiting", waiting, "summary", summary,
                "items", items.toString(), "queueLink", publication.absolute(QueueDesk.PATH + "?order=oldest"),
                "rulesLink", publication.absolute(QueueDesk.PATH + "/rules"));
    }
}
