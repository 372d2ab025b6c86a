package org.masthead.moderation;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import org.masthead.accounts.Allowance;
import org.masthead.accounts.Allowances;
import org.masthead.accounts.Member;
import org.masthead.discussion.CommentRecord;
import org.masthead.discussion.CommentRecords;
import org.masthead.discussion.CommentStatus;
import org.masthead.discussion.Discussion;
import org.masthead.publishing.ArticleRef;
import org.masthead.publishing.Publishing;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Readers' reports. A reader reports a comment once; members count by account, readers without one
 * by their network address, so clearing cookies does not report again. A comment reported by enough
 * readers is hidden until a moderator has read it. Nobody is told who else reported.
 */
@Service
class Reports {

    /** What a reader can report a comment for. */
    enum Reason {
        ABUSE("abuse", "Abusive or insulting"), HARASSMENT("harassment", "Harassment of a person"),
        SPAM("spam", "Spam or advertising"), OFF_TOPIC("off-topic", "Off topic"), OTHER("other", "Something else");

        final String code;
        final String label;

        Reason(String code, String label) {
            this.code = code;
            this.label = label;
        }

        static Reason of(String code) {
            return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst()
                    .orElseThrow(() -> ModerationProblem.input("reason", "Choose why you report this comment."));
        }

        static String labelOf(String code) {
            return Arrays.stream(values()).filter(r -> r.code.equals(code)).map(r -> r.label).findFirst().orElse(code);
        }
    }

    static final int LONGEST_DETAILS = 500;

    private final CommentRecords records;
    private final ReportRepository reports;
    private final BanBook bans;
    private final AuditRepository audit;
    private final RuleBook rules;
    private final Discussion discussion;
    private final Publishing publishing;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Allowance perReader;

    Reports(CommentRecords records, ReportRepository reports, BanBook bans, AuditRepository audit, RuleBook rules,
            Discussion discussion, Publishing publishing, TransactionTemplate transaction, Clock clock,
            Allowances allowances, @Value("${masthead.moderation.reports-per-reader:10}") int reportsPerReader) {
        this.records = records;
        this.reports = reports;
        this.bans = bans;
        this.audit = audit;
        this.rules = rules;
        this.discussion = discussion;
        this.publishing = publishing;
        this.transaction = transaction;
        this.clock = clock;
        this.perReader = allowances.named("moderation.reports-per-reader", reportsPerReader, Duration.ofMinutes(10));
    }

    /** A comment a reader may report, with its article. */
    record Reportable(CommentRecord comment, ArticleRef article) {

        /** Whether the comment is public; one hidden meanwhile (by other readers' reports) is not shown again. */
        boolean visible() {
            return comment.status() == CommentStatus.APPROVED;
        }
    }

    /** A public comment to report. */
    Reportable reportable(long commentId) {
        Reportable target = reported(commentId);
        if (!target.visible()) {
            throw new ModerationProblem(404, null, "There is no such comment to report.");
        }
        return target;
    }

    /**
     * A comment a report may be sent about: public, or hidden for review since the reader opened the
     * form (their report still counts, and they are thanked alike).
     */
    Reportable reported(long commentId) {
        CommentRecord comment = records.find(commentId)
                .filter(c -> !c.isDeleted() && (c.status() == CommentStatus.APPROVED
                        || (c.status() == CommentStatus.PENDING && reports.isReported(c.id()))))
                .orElseThrow(() -> new ModerationProblem(404, null, "There is no such comment to report."));
        ArticleRef article = publishing.article(comment.articleId()).filter(ArticleRef::isPublished)
                .orElseThrow(() -> new ModerationProblem(404, null, "There is no such comment to report."));
        return new Reportable(comment, article);
    }

    /** Files a reader's report; the same reader reporting again changes nothing and is thanked the same. */
    void report(long commentId, Member member, String addressHash, String reasonCode, String typedDetails) {
        Reason reason = Reason.of(reasonCode == null ? "" : reasonCode.strip());
        String details = typedDetails == null ? "" : typedDetails.strip();
        if (details.length() > LONGEST_DETAILS) {
            throw ModerationProblem.input("details", "Say it in at most " + LONGEST_DETAILS + " characters; this has "
                    + details.length() + ".");
        }
        if (reason == Reason.OTHER && details.isEmpty()) {
            throw ModerationProblem.input("details", "Say in a few words what is wrong with this comment.");
        }
        if (details.chars().anyMatch(ch -> Character.isISOControl(ch) && ch != '\n' && ch != '\r' && ch != '\t')) {
            throw ModerationProblem.input("details", "Remove the control characters from what you wrote.");
        }
        Reportable target = reported(commentId);
        CommentRecord comment = target.comment();
        if (member != null && member.id() == (comment.userId() == null ? -1 : comment.userId())) {
            throw new ModerationProblem(403, null, "You cannot report your own comment; you can edit or delete it.");
        }
        long now = clock.millis();
        if (bans.find(member == null ? null : member.id(), member == null ? null : member.email(), addressHash, now).isPresent()) {
            throw new ModerationProblem(403, null, "You cannot report comments here: a moderator has banned you.");
        }
        String reporter = member != null ? "u:" + member.id() : "a:" + addressHash;
        if (!perReader.take(addressHash == null ? reporter : addressHash)) {
            throw new ModerationProblem(429, null, "You have reported many comments in the last minutes. "
                    + "A moderator will read them; wait a little before reporting more.");
        }
        int threshold = rules.rules().reportThreshold();
        transaction.executeWithoutResult(tx -> {
            if (!reports.add(commentId, comment.articleId(), reporter, reason.code, details.isEmpty() ? null : details, now)) {
                return;
            }
            // Exactly one report reaches the number, however many come at once.
            if (reports.counted(commentId) == threshold && threshold > 0
                    && discussion.moderate(commentId, CommentStatus.PENDING)) {
                audit.add(now, null, Rule.REPORTS.actor(), "hidden", commentId, comment.articleId(), comment.authorName(),
                        comment.bodyMarkdown(), "Reported by " + threshold + " readers or more; waiting for a moderator.");
            }
        });
    }
}
