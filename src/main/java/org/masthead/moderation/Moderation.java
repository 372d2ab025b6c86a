package org.masthead.moderation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.masthead.accounts.Member;
import org.masthead.accounts.Role;
import org.masthead.publishing.ArticleDeleted;
import org.masthead.discussion.CommentEdited;
import org.masthead.discussion.CommentPosted;
import org.masthead.discussion.CommentRecord;
import org.masthead.discussion.CommentRecords;
import org.masthead.discussion.CommentStatus;
import org.masthead.discussion.CommentWithdrawn;
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
    private final RecentWriting recent;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Moderation(Discussion discussion, CommentRecords records, ScreeningRepository screenings, ReportRepository reports,
            AuditRepository audit, RecentWriting recent, TransactionTemplate transaction, Clock clock) {
        this.discussion = discussion;
        this.records = records;
        this.screenings = screenings;
        this.reports = reports;
        this.audit = audit;
        this.recent = recent;
        this.transaction = transaction;
        this.clock = clock;
    }

    static boolean mayModerate(Member member) {
        return member != null && (member.role() == Role.OWNER || member.role() == Role.EDITOR
                || member.role() == Role.MODERATOR);
    }

    /** In the transaction that stored the comment: why it was decided so, where there is a why. */
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
     * What came of a decision about several comments.
     *
     * @param changed how many were decided as asked
     * @param meanwhile how many someone else had decided since the page was shown, and were left as they were
     */
    record Outcome(int changed, int meanwhile) {
    }

    /**
     * Decides about comments, one or many, each in its own transaction with its audit line; readers'
     * reports on them are settled.
     *
     * @param shown the status each comment had on the moderator's page; one that has moved since was
     *     decided by someone else meanwhile, and is left as it is (null: decide whatever it is now)
     */
    Outcome decide(Member moderator, List<Long> ids, Action action, String reason, Map<Long, CommentStatus> shown) {
        require(moderator);
        if (ids.isEmpty()) {
            throw ModerationProblem.input("ids", "Choose at least one comment.");
        }
        if (ids.size() > 200) {
            throw ModerationProblem.input("ids", "Decide about at most 200 comments at once.");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        int changed = 0;
        int meanwhile = 0;
        for (long id : ids) {
            String done = transaction.execute(tx -> {
                CommentRecord comment = records.find(id).orElse(null);
                if (comment == null) {
                    return "gone";
                }
                long now = clock.millis();
                // Reports on a comment its writer deleted are settled all the same, so they leave the queue.
                int settled = reports.settle(id, now);
                if (comment.isDeleted()) {
                    return settled > 0 ? audited(moderator, comment, "reports dismissed", why, now) : "gone";
                }
                CommentStatus expected = shown == null ? null : shown.get(id);
                if (expected != null && expected != comment.status()) {
                    return "meanwhile";
                }
                boolean moved = discussion.moderate(id, action.status);
                if (moved) {
                    recent.refused(comment.writer(), action.status);
                }
                if (!moved && settled == 0) {
                    return "same";
                }
                return audited(moderator, comment, action.done, why, now);
            });
            if ("changed".equals(done)) {
                changed++;
            }
            else if ("meanwhile".equals(done)) {
                meanwhile++;
            }
        }
        return new Outcome(changed, meanwhile);
    }

    /** Decides about comments whatever their status now (a rule's or a test's decision, not a page's). */
    int decide(Member moderator, List<Long> ids, Action action, String reason) {
        return decide(moderator, ids, action, reason, null).changed();
    }

    private String audited(Member moderator, CommentRecord comment, String action, String why, long now) {
        audit.add(now, moderator.id(), moderator.displayName(), action, comment.id(), comment.articleId(),
                comment.authorName(), comment.bodyMarkdown(), why);
        return "changed";
    }

    /** A public comment left the page (its writer deleted it, say): readers' reports on it are settled. */
    @EventListener
    void on(CommentWithdrawn withdrawn) {
        // Taken down by moderation (hidden by reports, say), its reports stay open for the moderator.
        records.find(withdrawn.commentId()).filter(CommentRecord::isDeleted)
                .ifPresent(gone -> reports.settle(gone.id(), clock.millis()));
    }

    /** An article deleted takes its comments with it; their reports go too. */
    @EventListener
    void on(ArticleDeleted deleted) {
        reports.forgetArticle(deleted.articleId());
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

    /** Why each of these comments was decided as it was, for a page of the queue. */
    Map<Long, Explanation> explanations(java.util.Collection<Long> commentIds) {
        return screenings.find(commentIds);
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
