package org.masthead.discussion;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.masthead.accounts.Allowance;
import org.masthead.accounts.Allowances;
import org.masthead.notifications.Outbox;
import org.masthead.pages.PageTopics;
import org.masthead.pages.PagesChanged;
import org.masthead.pages.TypedText;
import org.masthead.publishing.ArticleRef;
import org.masthead.publishing.Publishing;
import org.masthead.publishing.ReaderQuestion;
import org.masthead.publishing.ReaderQuestions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The discussion's one way in for every change: posting, voting, editing, deleting and moderating.
 * Each checks what it is given first, does the slow part (rendering the text) before its transaction,
 * and keeps the counts on the comments right in the same transaction as the change. Only approved
 * comments are public; a comment's approval refreshes the pages that show it and leaves work for the
 * notifier, in the same transaction, so nothing is announced that was not stored.
 */
@Service
public class Discussion {

    static final Duration REPEAT_WINDOW = Duration.ofMinutes(10);
    /** How many of a guest's addresses a vote is checked against: the latest few they wrote under. */
    static final int GUEST_ADDRESSES = 5;

    private final CommentRepository comments;
    private final VoteRepository votes;
    private final CommentText text;
    private final Publishing publishing;
    private final ReaderQuestions questions;
    private final ObjectProvider<CommentScreen> screens;
    private final DiscussionSettings settings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Allowance postsPerClient;
    private final Allowance postsPerWriter;
    private final Allowance votesPerClient;
    private final ArticleWords articleWords;

    Discussion(CommentRepository comments, VoteRepository votes, CommentText text, Publishing publishing,
            ReaderQuestions questions, ObjectProvider<CommentScreen> screens, DiscussionSettings settings, ApplicationEventPublisher events,
            TransactionTemplate transaction, Clock clock, ArticleWords articleWords, Allowances allowances) {
        this.articleWords = articleWords;
        this.comments = comments;
        this.votes = votes;
        this.text = text;
        this.publishing = publishing;
        this.questions = questions;
        this.screens = screens;
        this.settings = settings;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
        this.postsPerClient = allowances.named("discussion.posts-per-client", settings.postsPerClient(), Duration.ofMinutes(1));
        this.postsPerWriter = allowances.named("discussion.posts-per-writer", settings.postsPerWriter(), Duration.ofMinutes(1));
        this.votesPerClient = allowances.named("discussion.votes-per-client", settings.votesPerClient(), Duration.ofMinutes(1));
    }

    /**
     * What a new comment is made of.
     *
     * @param guestName a guest's name, email and website (ignored for members)
     * @param quote the passage of the article the comment is about, with a little of the text before and after
     */
    public record Draft(Long parentId, String body, String guestName, String guestEmail,
            String guestWebsite, String quote, String quotePrefix, String quoteSuffix, Long questionId,
            boolean holdAccepted) {
    }

    /** A comment as stored: public at once, or waiting for a moderator. */
    public record Posted(long id, CommentStatus status) {
    }

    /** Posts a comment or a reply under a published article (as the caller found it, a moment ago). */
    Posted post(ArticleRef article, Draft draft, Viewer writer) {
        if (!article.isPublished()) {
            throw new DiscussionProblem(404, null, "There is no article to comment on here.");
        }
        if (writer.member() == null && !publishing.publication().guestsMayComment()) {
            throw new DiscussionProblem(403, null,
                    "Sign in to comment: this publication asks everyone who comments to have an account.");
        }
        String closed = closed(article);
        if (closed != null) {
            throw new DiscussionProblem(403, null, closed);
        }
        String body = body(draft.body());
        Long userId = writer.userId();
        String name = writer.member() != null ? writer.member().displayName() : guestName(draft.guestName());
        String email = writer.member() != null ? writer.member().email() : guestEmail(draft.guestEmail());
        String website = writer.member() != null ? null : website(draft.guestWebsite());
        Quote quote = quote(article, draft);
        StoredComment parent = draft.parentId() == null ? null : parent(draft.parentId(), article.id());
        limit(writer, userId != null ? "u:" + userId : "e:" + email);
        Screening screening = screen(new NewComment(null, article.id(), draft.parentId(), userId, name, email, website,
                body, writer.clientHash(), writer.isStaff(), draft.holdAccepted()));
        CommentStatus status = screening.status();
        String html = text.toHtml(body);
        long now = clock.millis();
        return transaction.execute(tx -> {
            // Checked among the writes, so that a double click cannot store the same words twice.
            if (comments.repeated(article.id(), userId, email, body, now - REPEAT_WINDOW.toMillis())) {
                throw DiscussionProblem.input("body", "You have already posted this comment here.");
            }
            // A comment approved at once is stored approved, with its place in the order of approvals.
            Long sequence = status == CommentStatus.APPROVED ? comments.nextApproval() : null;
            long id = comments.insert(new CommentRepository.Insert(article.id(), draft.parentId(),
                    parent == null ? null : parent.threadId(), parent == null ? 0 : parent.depth() + 1, userId,
                    writer.member() == null ? writer.guestId() : null, name, writer.member() == null ? email : null,
                    website, body, html, status, sequence, quote.text(), quote.prefix(), quote.suffix(),
                    draft.questionId(), writer.clientHash(), now, screening.fingerprint()));
            events.publishEvent(new CommentPosted(id, article.id(), status, screening));
            if (sequence != null) {
                madePublic(id, article.id(), draft.parentId(), parent == null ? id : parent.threadId(), sequence,
                        "approved");
            }
            return new Posted(id, status);
        });
    }

    /**
     * A comment written elsewhere or earlier — the demo's, or one brought from another system — stored
     * as it was: public, at its own time, with its votes as counts. Nobody is notified of it.
     *
     * @param parentId the comment it answers (recorded before it), or null
     * @param quote the passage of the article it is about, or null
     */
    public record Recorded(long articleId, Long parentId, String authorName, String authorEmail, String body,
            java.time.Instant createdAt, String quote, Long questionId, int upVotes, int downVotes) {
    }

    public long record(Recorded r) {
        String body = body(r.body());
        String html = text.toHtml(body);
        return transaction.execute(tx -> {
            StoredComment parent = r.parentId() == null ? null : comments.byId(r.parentId()).orElseThrow();
            long id = comments.insert(new CommentRepository.Insert(r.articleId(), r.parentId(),
                    parent == null ? null : parent.threadId(), parent == null ? 0 : parent.depth() + 1, null, null,
                    r.authorName(), r.authorEmail(), null, body, html, CommentStatus.PENDING, null, r.quote(), null, null,
                    r.questionId(), null, r.createdAt().toEpochMilli(), null));
            comments.setStatus(id, CommentStatus.APPROVED, comments.nextApproval());
            votes.count(id, r.upVotes(), r.downVotes());
            if (parent != null) {
                comments.countReply(parent.id(), parent.threadId(), 1);
            }
            comments.changed(r.articleId(), 1);
            events.publishEvent(changed(r.articleId()));
            return id;
        });
    }

    /**
     * Why a ban keeps this reader from voting, or null. A guest's vote names no address of its own, so
     * the addresses their pass wrote comments under stand for it: a guest banned by email cannot vote
     * while they keep the pass they commented with.
     */
    private String barredFromVoting(Viewer voter) {
        CommentScreen screen = screen();
        if (voter.member() != null) {
            return screen.barredFromVoting(voter.userId(), voter.member().email(), voter.clientHash());
        }
        String barred = screen.barredFromVoting(null, null, voter.clientHash());
        if (barred != null || voter.guestId() == null) {
            return barred;
        }
        for (String email : comments.guestEmails(voter.guestId(), GUEST_ADDRESSES)) {
            barred = screen.barredFromVoting(null, email, null);
            if (barred != null) {
                return barred;
            }
        }
        return null;
    }

    /** Votes up (1) or down (-1); the same vote again withdraws it. Returns the comment's counts after. */
    public record Tally(long commentId, int up, int down, int mine) {
    }

    Tally vote(long commentId, int direction, Viewer voter) {
        if (direction != 1 && direction != -1) {
            throw DiscussionProblem.input(null, "A vote is up or down.");
        }
        StoredComment comment = comments.byId(commentId).filter(StoredComment::isPublic)
                .filter(c -> publishing.article(c.articleId()).filter(ArticleRef::isPublished).isPresent())
                .orElseThrow(() -> new DiscussionProblem(404, null, "There is no such comment to vote on."));
        if (voter.voter() == null) {
            throw new DiscussionProblem(403, null, "Voting needs a guest pass or an account.");
        }
        // A guest who clears cookies is a new guest. The address is not compared: readers behind one
        // office or mobile network share it, and guests get one vote per comment per address anyway.
        if (voter.wrote(comment)) {
            throw new DiscussionProblem(403, null, "You cannot vote on your own comment.");
        }
        String barred = barredFromVoting(voter);
        if (barred != null) {
            throw new DiscussionProblem(403, null, barred);
        }
        if (!votesPerClient.take(voter.clientHash() == null ? voter.voter() : voter.clientHash())) {
            throw new DiscussionProblem(429, null, "You are voting very fast. Wait a minute, then vote again.");
        }
        long now = clock.millis();
        return transaction.execute(tx -> {
            // Two votes on one comment take turns, so neither counts from a figure the other changed.
            comments.lock(commentId);
            Optional<Integer> before = votes.vote(commentId, voter.voter());
            if (before.isEmpty() && voter.member() == null
                    && votes.votedFromAddress(commentId, voter.clientHash(), voter.voter())) {
                throw new DiscussionProblem(409, null, "Someone on your network has voted on this comment already.");
            }
            int old = before.orElse(0);
            int chosen = old == direction ? 0 : direction;
            if (chosen == 0) {
                votes.remove(commentId, voter.voter());
            }
            else {
                votes.put(commentId, voter.voter(), voter.member() == null ? voter.clientHash() : null, chosen, now);
            }
            int up = (chosen == 1 ? 1 : 0) - (old == 1 ? 1 : 0);
            int down = (chosen == -1 ? 1 : 0) - (old == -1 ? 1 : 0);
            votes.count(commentId, up, down);
            comments.changed(comment.articleId(), 0);
            events.publishEvent(PagesChanged.refreshing(PageTopics.article(comment.articleId())));
            StoredComment after = comments.byId(commentId).orElseThrow();
            return new Tally(commentId, after.upVotes(), after.downVotes(), chosen);
        });
    }

    /** Changes the words of one's own comment, within the edit window and while nobody has replied. */
    void edit(long commentId, String newBody, Viewer editor) {
        StoredComment comment = own(commentId, editor);
        if (comment.replies() > 0) {
            throw new DiscussionProblem(409, null, "This comment has replies now, so it stays as they read it.");
        }
        if (clock.millis() - comment.createdAt() > settings.editWindow().toMillis()) {
            throw new DiscussionProblem(409, null, "Comments can be changed for " + settings.editWindow().toMinutes()
                    + " minutes after posting; this one can no longer be.");
        }
        String body = body(newBody);
        String html = text.toHtml(body);
        // New words are screened as new comments are: an approved comment cannot be edited into spam.
        // The edit page has no second step, so words that would be held are held.
        Screening screening = screen(new NewComment(commentId, comment.articleId(), comment.parentId(),
                comment.userId(), comment.authorName(), comment.authorEmail(), comment.authorWebsite(), body,
                editor.clientHash(), editor.isStaff(), true));
        CommentStatus status = screening.status();
        long now = clock.millis();
        transaction.executeWithoutResult(tx -> {
            comments.lock(commentId);
            comments.edit(commentId, body, html, now);
            StoredComment edited = comments.byId(commentId).orElseThrow();
            if (status != CommentStatus.APPROVED && edited.isPublic()) {
                takeDown(edited, status);
            }
            else {
                comments.changed(comment.articleId(), 0);
                events.publishEvent(PagesChanged.refreshing(PageTopics.article(comment.articleId())));
            }
            events.publishEvent(new CommentEdited(commentId, comment.articleId(),
                    comments.byId(commentId).orElseThrow().status(), screening));
        });
    }

    /**
     * Deletes one's own comment. One with replies leaves its place in the thread ("This comment was
     * deleted."), so the replies keep their sense; one without goes entirely.
     */
    void delete(long commentId, Viewer deleter) {
        own(commentId, deleter);
        long now = clock.millis();
        transaction.executeWithoutResult(tx -> {
            // Read again under the lock: a reply may have come, or a second click deleted it already.
            comments.lock(commentId);
            comments.byId(commentId).filter(c -> !c.isDeleted()).ifPresent(c -> withdraw(c, now));
        });
    }

    /**
     * A moderator's (or a rule's) decision about a comment. Returns whether it changed anything: two
     * decisions at once take turns, and the second finds the comment decided.
     */
    public boolean moderate(long commentId, CommentStatus status) {
        return Boolean.TRUE.equals(transaction.execute(tx -> {
            comments.lock(commentId);
            StoredComment comment = comments.byId(commentId)
                    .orElseThrow(() -> new DiscussionProblem(404, null, "There is no such comment."));
            if (comment.status() == status || comment.isDeleted()) {
                return false;
            }
            if (status == CommentStatus.APPROVED) {
                approve(comment);
            }
            else if (comment.isPublic()) {
                takeDown(comment, status);
            }
            else {
                // Not public, yet it may hold a thread's place, whose words say why it is not shown.
                comments.setStatus(commentId, status, null);
                comments.changed(comment.articleId(), 0);
                events.publishEvent(PagesChanged.refreshing(PageTopics.article(comment.articleId())));
            }
            return true;
        }));
    }

    /**
     * Marks a public comment as an editor's pick, shown above the threads, or takes the mark away.
     * Returns whether anything changed.
     */
    public boolean pick(long commentId, boolean picked) {
        long now = clock.millis();
        return Boolean.TRUE.equals(transaction.execute(tx -> {
            comments.lock(commentId);
            StoredComment comment = comments.byId(commentId).filter(StoredComment::isPublic)
                    .orElseThrow(() -> new DiscussionProblem(404, null, "Only a published comment can be picked."));
            if ((comment.pickedAt() != null) == picked) {
                return false;
            }
            comments.pick(commentId, picked ? now : null);
            comments.changed(comment.articleId(), 0);
            events.publishEvent(PagesChanged.refreshing(PageTopics.article(comment.articleId())));
            return true;
        }));
    }

    /**
     * An article deleted takes its comments with it (the database cascades); its counts go too, so an
     * article that later gets the same number (SQLite reuses the highest) starts from nothing.
     */
    @org.springframework.context.event.EventListener
    void on(org.masthead.publishing.ArticleDeleted deleted) {
        comments.forget(deleted.articleId());
    }

    /** Public comments under the article, not counting deleted ones. */
    public long count(long articleId) {
        return comments.count(articleId);
    }

    public Map<Long, Long> counts(Collection<Long> articleIds) {
        return comments.counts(articleIds);
    }

    private void approve(StoredComment comment) {
        long sequence = comments.nextApproval();
        comments.setStatus(comment.id(), CommentStatus.APPROVED, sequence);
        // Approved by a moderator: its writer, if they follow the article, hears that it is published.
        madePublic(comment.id(), comment.articleId(), comment.parentId(), comment.threadId(), sequence, "reviewed");
    }

    /** What follows when a comment becomes public: its parent counts it, subscribers hear of it, pages show it. */
    private void madePublic(long id, long articleId, Long parentId, long threadId, long sequence, String job) {
        if (parentId != null) {
            comments.countReply(parentId, threadId, 1);
        }
        comments.changed(articleId, 1);
        comments.addJob(id, job, clock.millis());
        events.publishEvent(new CommentApproved(id, articleId, sequence));
        events.publishEvent(changed(articleId));
    }

    private void withdraw(StoredComment comment, long now) {
        boolean deleted = comment.replies() > 0 ? comments.deleteKeepingPlace(comment.id(), now)
                : comments.delete(comment.id(), now);
        if (deleted && comment.isPublic()) {
            countInParent(comment, -1);
            comments.changed(comment.articleId(), -1);
            events.publishEvent(new CommentWithdrawn(comment.id(), comment.articleId()));
            events.publishEvent(changed(comment.articleId()));
        }
        else if (deleted) {
            // A thread's first comment waiting for review, kept for its replies, now says it was deleted.
            comments.changed(comment.articleId(), 0);
            events.publishEvent(PagesChanged.refreshing(PageTopics.article(comment.articleId())));
        }
    }

    /** A public comment leaves the page: held, refused or marked as spam. */
    private void takeDown(StoredComment comment, CommentStatus status) {
        comments.setStatus(comment.id(), status, null);
        countInParent(comment, -1);
        comments.changed(comment.articleId(), -1);
        events.publishEvent(new CommentWithdrawn(comment.id(), comment.articleId()));
        events.publishEvent(changed(comment.articleId()));
    }

    private void countInParent(StoredComment comment, int delta) {
        if (comment.parentId() != null) {
            comments.countReply(comment.parentId(), comment.threadId(), delta);
        }
    }

    /** The article's page and every page of cards that counts its comments, rendered again once, served as they were meanwhile. */
    private static PagesChanged changed(long articleId) {
        return PagesChanged.refreshing(PageTopics.article(articleId), PageTopics.CARDS);
    }

    private StoredComment own(long commentId, Viewer viewer) {
        StoredComment comment = comments.byId(commentId).filter(c -> !c.isDeleted())
                .orElseThrow(() -> new DiscussionProblem(404, null, "There is no such comment."));
        if (!viewer.wrote(comment)) {
            throw new DiscussionProblem(403, null, "Only whoever wrote a comment can change or delete it.");
        }
        return comment;
    }

    /**
     * Asks moderation about a comment. A refusal, or a warning the writer has not yet accepted, is
     * answered here, before anything is stored.
     */
    private Screening screen(NewComment comment) {
        CommentScreen screen = screen();
        Screening screening = screen.screen(comment);
        if (screening.verdict() == Screening.Verdict.REFUSE) {
            throw screening.field() != null ? DiscussionProblem.input(screening.field(), screening.message())
                    : new DiscussionProblem(403, null, screening.message());
        }
        if (screening.verdict() == Screening.Verdict.WARN && !comment.holdAccepted()) {
            throw new DiscussionProblem(422, "body", screening.message()).asking();
        }
        return screening;
    }

    /** Why the article takes no new comments, or null while it does. */
    public String closed(ArticleRef article) {
        CommentScreen screen = screen();
        return screen.closed(article);
    }

    /** Moderation's screen, looked up once: asked at every comment and every form shown. */
    private CommentScreen screen() {
        CommentScreen found = screen;
        if (found == null) {
            found = screens.getIfAvailable(() -> Screening.NONE_SCREEN);
            screen = found;
        }
        return found;
    }

    private volatile CommentScreen screen;

    private void limit(Viewer writer, String who) {
        String client = writer.clientHash() == null ? who : writer.clientHash();
        if (!postsPerClient.take(client)) {
            throw new DiscussionProblem(429, null,
                    "Many comments have come from your network in the last minute. Wait a little, then post again.");
        }
        if (!postsPerWriter.take(who)) {
            postsPerClient.giveBack(client);
            throw new DiscussionProblem(429, null, "You are posting very fast. Wait a minute, then post again.");
        }
    }

    private String body(String raw) {
        String body = raw == null ? "" : raw.strip();
        if (body.isEmpty()) {
            throw DiscussionProblem.input("body", "Write your comment first.");
        }
        if (body.length() > settings.longest()) {
            throw DiscussionProblem.input("body", "Keep comments under " + settings.longest()
                    + " characters; this one has " + body.length() + ".");
        }
        return body;
    }

    private static String guestName(String raw) {
        String name = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
        if (name.isEmpty() || name.length() > 80) {
            throw DiscussionProblem.input("name", "Give a name of 1 to 80 characters to show with your comment.");
        }
        if (TypedText.turnsDirection(name)) {
            throw DiscussionProblem.input("name", TypedText.NO_DIRECTION_MARKS);
        }
        return name;
    }

    private static String guestEmail(String raw) {
        String email = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (!Outbox.isMailable(email)) {
            throw DiscussionProblem.input("email", "Give your email address, like name@example.org. It is never shown.");
        }
        return email;
    }

    private static String website(String raw) {
        String website = raw == null ? "" : raw.strip();
        if (website.isEmpty()) {
            return null;
        }
        if (website.length() > 200 || !website.matches("(?i)https?://[^\\s/$.?#][^\\s]*")) {
            throw DiscussionProblem.input("website", "Give your website as an address starting with https://, or leave it out.");
        }
        return website;
    }

    private StoredComment parent(long parentId, long articleId) {
        StoredComment parent = comments.byId(parentId).filter(StoredComment::isPublic)
                .orElseThrow(() -> DiscussionProblem.input("parentId", "The comment you are replying to is not there any more."));
        if (parent.articleId() != articleId) {
            throw DiscussionProblem.input("parentId", "The comment you are replying to belongs to another article.");
        }
        return parent;
    }

    /** A passage of the article a comment is about. */
    record Quote(String text, String prefix, String suffix) {

        static final Quote NONE = new Quote(null, null, null);
    }

    private Quote quote(ArticleRef article, Draft draft) {
        if (draft.questionId() != null) {
            ReaderQuestion question = questions.find(draft.questionId()).filter(q -> q.articleId() == article.id())
                    .orElseThrow(() -> DiscussionProblem.input("questionId",
                            "The question you are answering is not asked on this article any more."));
            return new Quote(question.quote(), Passages.before(draft.quotePrefix()), Passages.after(draft.quoteSuffix()));
        }
        String quote = draft.quote() == null ? "" : draft.quote().strip();
        if (quote.isEmpty()) {
            return Quote.NONE;
        }
        if (quote.length() > 1000) {
            throw DiscussionProblem.input("quote", "Quote at most 1000 characters of the article.");
        }
        String words = articleWords.normalized(article.id());
        if (!words.contains(Passages.normalized(quote))) {
            throw DiscussionProblem.input("quote", "The passage you quote is not in the article.");
        }
        return new Quote(quote, Passages.before(draft.quotePrefix()), Passages.after(draft.quoteSuffix()));
    }
}
