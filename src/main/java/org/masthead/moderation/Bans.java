package org.masthead.moderation;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.masthead.accounts.Accounts;
import org.masthead.accounts.Member;
import org.masthead.accounts.Role;
import org.masthead.discussion.CommentRecord;
import org.masthead.discussion.CommentRecords;
import org.masthead.discussion.CommentStatus;
import org.masthead.discussion.Discussion;
import org.masthead.notifications.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Banning and suspending commenters: by account, by email address and by network address, for good
 * or for a time, with the choice to take down everything they have up or waiting in the same step.
 */
@Service
class Bans {

    /** How long a ban lasts, as the moderator picks it. */
    enum Term {
        DAY("1d", Duration.ofDays(1), "for a day"), WEEK("7d", Duration.ofDays(7), "for a week"),
        MONTH("30d", Duration.ofDays(30), "for 30 days"), FOR_GOOD("forever", null, "for good");

        final String code;
        final Duration length;
        final String said;

        Term(String code, Duration length, String said) {
            this.code = code;
            this.length = length;
            this.said = said;
        }

        static Term of(String code) {
            for (Term term : values()) {
                if (term.code.equals(code)) {
                    return term;
                }
            }
            throw ModerationProblem.input("term", "Choose how long the ban lasts.");
        }
    }

    /** What a moderator chose: which of the writer's marks to ban, how long, why, and whether their comments go. */
    record Choice(boolean account, boolean email, boolean address, Term term, String reason, boolean removeComments) {
    }

    private final BanRepository bans;
    private final CommentRecords records;
    private final Accounts accounts;
    private final Discussion discussion;
    private final AuditRepository audit;
    private final ReportRepository reports;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ModerationChanges changes;
    private final RecentWriting recent;

    Bans(BanRepository bans, CommentRecords records, Accounts accounts, Discussion discussion, AuditRepository audit,
            ReportRepository reports, TransactionTemplate transaction, Clock clock, ModerationChanges changes,
            RecentWriting recent) {
        this.changes = changes;
        this.recent = recent;
        this.bans = bans;
        this.records = records;
        this.accounts = accounts;
        this.discussion = discussion;
        this.audit = audit;
        this.reports = reports;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Bans whoever wrote a comment. Returns how many of their comments were taken down with it. */
    int banWriter(Member moderator, long commentId, Choice choice) {
        Moderation.require(moderator);
        CommentRecord comment = records.find(commentId)
                .orElseThrow(() -> new ModerationProblem(404, null, "There is no such comment."));
        String reason = reason(choice.reason());
        Member writer = comment.userId() == null ? null : accounts.find(comment.userId()).orElse(null);
        if (writer != null && writer.role() != Role.READER) {
            throw new ModerationProblem(403, null, writer.displayName() + " works for the publication ("
                    + writer.role().label() + "); change their role in People rather than banning them.");
        }
        String email = writer != null ? writer.email() : comment.authorEmail();
        if (!choice.account() && !choice.email() && !choice.address()) {
            throw ModerationProblem.input("kinds", "Choose what to ban: the account, the email address or the network address.");
        }
        if (choice.account() && writer == null) {
            throw ModerationProblem.input("kinds", "This comment was written without an account: ban the email or network address.");
        }
        if (choice.address() && comment.clientHash() == null) {
            throw ModerationProblem.input("kinds", "This comment's network address was not kept: ban the account or the email address.");
        }
        long now = clock.millis();
        Long until = choice.term().length == null ? null : now + choice.term().length.toMillis();
        return transaction.execute(tx -> {
            List<String> what = new ArrayList<>();
            if (choice.account()) {
                bans.add(Ban.Kind.ACCOUNT, Long.toString(writer.id()), comment.authorName(), reason, until, moderator.id(), now);
                what.add("account");
            }
            if (choice.email() && email != null) {
                bans.add(Ban.Kind.EMAIL, email.toLowerCase(Locale.ROOT), comment.authorName(), reason, until,
                        moderator.id(), now);
                what.add("email address");
            }
            if (choice.address()) {
                bans.add(Ban.Kind.ADDRESS, comment.clientHash(), comment.authorName(), reason, until, moderator.id(), now);
                what.add("network address");
            }
            changes.changed();
            audit.add(now, moderator.id(), moderator.displayName(), "banned", comment.id(), comment.articleId(),
                    comment.authorName(), comment.bodyMarkdown(), reason + " (" + String.join(", ", what) + ", "
                            + choice.term().said + ")");
            if (!choice.removeComments()) {
                return 0;
            }
            Set<Long> standing = new LinkedHashSet<>(records.standing(comment.writer()));
            if (choice.address()) {
                standing.addAll(records.standingFromAddress(comment.clientHash()));
            }
            // Read in one query; each is then taken down in its own step with its line in the audit.
            for (CommentRecord gone : records.find(standing).stream()
                    .sorted(java.util.Comparator.comparingLong(CommentRecord::id)).toList()) {
                long id = gone.id();
                reports.settle(id, now);
                if (discussion.moderate(id, CommentStatus.TRASH)) {
                    recent.refused(gone.writer(), CommentStatus.TRASH);
                }
                audit.add(now, moderator.id(), moderator.displayName(), "rejected", id, gone.articleId(),
                        gone.authorName(), gone.bodyMarkdown(), "Taken down with the ban of " + comment.authorName() + ".");
            }
            return standing.size();
        });
    }

    /** Bans an email address typed by a moderator (a known troll's, say), before they comment. */
    void banEmail(Member moderator, String typed, Term term, String typedReason) {
        Moderation.require(moderator);
        String email = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (!Outbox.isMailable(email)) {
            throw ModerationProblem.input("email", "Give an email address, like name@example.org.");
        }
        String reason = reason(typedReason);
        long now = clock.millis();
        Long until = term.length == null ? null : now + term.length.toMillis();
        transaction.executeWithoutResult(tx -> {
            bans.add(Ban.Kind.EMAIL, email, email, reason, until, moderator.id(), now);
            changes.changed();
            audit.add(now, moderator.id(), moderator.displayName(), "banned", null, null, email, null,
                    reason + " (email address, " + term.said + ")");
        });
    }

    void lift(Member moderator, long banId) {
        Moderation.require(moderator);
        Ban ban = bans.find(banId).orElseThrow(() -> new ModerationProblem(404, null, "There is no such ban."));
        long now = clock.millis();
        transaction.executeWithoutResult(tx -> {
            if (bans.lift(banId, moderator.id(), now)) {
                changes.changed();
                audit.add(now, moderator.id(), moderator.displayName(), "ban lifted", null, null, ban.label(), null,
                        "The ban on the " + kindSaid(ban.kind()) + " was lifted.");
            }
        });
    }

    List<Ban> list(int limit) {
        return bans.list(clock.millis(), limit);
    }

    static String kindSaid(Ban.Kind kind) {
        return switch (kind) {
            case ACCOUNT -> "account";
            case EMAIL -> "email address";
            case ADDRESS -> "network address";
        };
    }

    private static String reason(String typed) {
        String reason = typed == null ? "" : typed.strip();
        if (reason.isEmpty()) {
            throw ModerationProblem.input("reason", "Give a reason: the banned commenter is shown it.");
        }
        if (reason.length() > 300) {
            throw ModerationProblem.input("reason", "Keep the reason under 300 characters; it has " + reason.length() + ".");
        }
        return reason;
    }
}
