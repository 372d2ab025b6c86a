package org.masthead.moderation;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.masthead.accounts.Member;
import org.masthead.accounts.Role;
import org.masthead.discussion.CommentEdited;
import org.masthead.discussion.CommentPosted;
import org.masthead.discussion.CommentRecord;
import org.masthead.discussion.CommentRecords;
import org.masthead.discussion.CommentStatus;
import org.masthead.discussion.Discussion;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What moderators do, each action with its line in the audit: approve, reject, mark as spam, ban.
 * Also keeps, for every new comment, why it was decided as it was, so the queue can show it.
 */
@Service
class Moderation {

    /** What a moderator can decide about a comment. */
    enum Action {
        APPROVE("approved", CommentStatus.APPROVED), REJECT("rejected", CommentStatus.TRASH),
        SPAM("spam", CommentStatus.SPAM);

        final String done;
        final CommentStatus status;

        Action(String done, CommentStatus status) {
            this.done = done;
            this.status = status;
        }

        static Action of(String typed) {
            try {
                return valueOf(typed.strip().toUpperCase(Locale.ROOT));
            }
            catch (IllegalArgumentException | NullPointerException unknown) {
                throw ModerationProblem.input("action", "Choose approve, reject or spam.");
            }
        }
    }

    private final Discussion discussion;
    private final CommentRecords records;
    private final ScreeningRepository screenings;
    private final ReportRepository reports;
    private final AuditRepository audit;
    private final RuleBook rules;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Moderation(Discussion discussion, CommentRecords records, ScreeningRepository screenings, ReportRepository reports,
            AuditRepository audit, RuleBook rules, TransactionTemplate transaction, Clock clock) {
        this.discussion = discussion;
        this.records = records;
        this.screenings = screenings;
        this.reports = reports;
        this.audit = audit;
        this.rules = rules;
        this.transaction = transaction;
        this.clock = clock;
    }

    static boolean mayModerate(Member member) {
        return member != null && (member.role() == Role.OWNER || member.role() == Role.EDITOR
                || member.role() == Role.MODERATOR);
    }

    /** In the transaction that stored the comment: why it was decided so, and its fingerprint. */
    @EventListener
    void on(CommentPosted posted) {
        long now = clock.millis();
        var screening = posted.screening();
        if (screening.details() != null) {
            screenings.put(posted.commentId(), Explanation.fromDetails(screening.rule(), screening.details()), now);
        }
        if (screening.rule() != null) {
            CommentRecord comment = records.find(posted.commentId()).orElseThrow();
            audit.add(now, null, actor(screening.rule()), posted.status() == CommentStatus.SPAM ? "spam" : "held",
                    comment.id(), comment.articleId(), comment.authorName(), comment.bodyMarkdown(), screening.message());
        }
        String print = Explanation.fingerprintIn(screening.details());
        if (print != null) {
            screenings.fingerprint(print, posted.articleId(), posted.commentId(), now);
        }
    }

    /** An edit screened again: its reasons replace the old, and a rule that took it down is in the audit. */
    @EventListener
    void on(CommentEdited edited) {
        long now = clock.millis();
        var screening = edited.screening();
        if (screening.details() != null) {
            screenings.put(edited.commentId(), Explanation.fromDetails(screening.rule(), screening.details()), now);
        }
        if (screening.rule() != null) {
            CommentRecord comment = records.find(edited.commentId()).orElseThrow();
            audit.add(now, null, actor(screening.rule()), "held after edit", comment.id(), comment.articleId(),
                    comment.authorName(), comment.bodyMarkdown(), screening.message());
        }
    }

    /**
     * Decides about comments, one or many, each in its own transaction with its audit line; readers'
     * reports on them are settled. Returns how many changed.
     */
    int decide(Member moderator, List<Long> ids, Action action, String reason) {
        require(moderator);
        if (ids.isEmpty()) {
            throw ModerationProblem.input("ids", "Choose at least one comment.");
        }
        if (ids.size() > 200) {
            throw ModerationProblem.input("ids", "Decide about at most 200 comments at once.");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        int changed = 0;
        for (long id : ids) {
            Boolean done = transaction.execute(tx -> {
                CommentRecord comment = records.find(id).orElse(null);
                if (comment == null || comment.isDeleted()) {
                    return false;
                }
                long now = clock.millis();
                int settled = reports.settle(id, now);
                if (!discussion.moderate(id, action.status) && settled == 0) {
                    return false;
                }
                audit.add(now, moderator.id(), moderator.displayName(), action.done, id, comment.articleId(),
                        comment.authorName(), comment.bodyMarkdown(), why);
                return true;
            });
            if (Boolean.TRUE.equals(done)) {
                changed++;
            }
        }
        return changed;
    }

    /** Picks a published comment for the top of its discussion ("Editor's pick"), or unpicks it. */
    void pick(Member moderator, long commentId, boolean picked) {
        require(moderator);
        CommentRecord comment = records.find(commentId)
                .orElseThrow(() -> new ModerationProblem(404, null, "There is no such comment."));
        transaction.executeWithoutResult(tx -> {
            if (discussion.pick(commentId, picked)) {
                audit.add(clock.millis(), moderator.id(), moderator.displayName(), picked ? "picked" : "unpicked",
                        commentId, comment.articleId(), comment.authorName(), comment.bodyMarkdown(), null);
            }
        });
    }

    Explanation explanation(long commentId) {
        return screenings.find(commentId).orElse(null);
    }

    static void require(Member member) {
        if (!mayModerate(member)) {
            throw new ModerationProblem(403, null, "Only the publication's moderators, editors and owners moderate comments.");
        }
    }

    private static String actor(String rule) {
        Rule known = Rule.fromCode(rule);
        return known == null ? "Rule: " + rule : known.actor();
    }
}
