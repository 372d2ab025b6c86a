package org.masthead.discussion;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.masthead.accounts.Accounts;
import org.masthead.notifications.Outbox;
import org.masthead.publishing.ArticleRef;
import org.masthead.publishing.Publication;
import org.masthead.publishing.Publishing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells subscribers of approved comments, after the fact: approving a comment leaves a job in the
 * same transaction, and this worker picks it up right after the commit (and at every poll, in case
 * the process stopped in between). For each comment it finds everyone who should hear of it: those
 * who follow the article, the writers of the comments it replies to, those it mentions by name and
 * those who follow a comment above it. Each address gets one message, for the closest reason, and
 * never for their own comment. The messages and the job's removal are one transaction, so a comment
 * is announced once, on whichever node gets there first.
 */
@Component
class Notifier implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);
    private static final int BATCH = 50;
    /** A job that failed this often (a message the outbox refuses, say) waits for someone to look. */
    private static final int MOST_ATTEMPTS = 5;
    private static final int EXCERPT = 300;

    private final Clock clock;
    private final CommentRepository comments;
    private final SubscriptionRepository subscriptions;
    private final Subscriptions links;
    private final Accounts accounts;
    private final Publishing publishing;
    private final CommentText text;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "comment-notifier");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean queued = new AtomicBoolean();

    Notifier(Clock clock, CommentRepository comments, SubscriptionRepository subscriptions, Subscriptions links,
            Accounts accounts, Publishing publishing, CommentText text, Outbox outbox, TransactionTemplate transaction) {
        this.clock = clock;
        this.comments = comments;
        this.subscriptions = subscriptions;
        this.links = links;
        this.accounts = accounts;
        this.publishing = publishing;
        this.text = text;
        this.outbox = outbox;
        this.transaction = transaction;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CommentApproved approved) {
        wake();
    }

    @Scheduled(fixedDelayString = "${masthead.discussion.notify-poll:PT30S}")
    void poll() {
        wake();
    }

    private void wake() {
        if (queued.compareAndSet(false, true)) {
            worker.execute(() -> {
                queued.set(false);
                try {
                    while (runBatch() == BATCH) {
                        // more waiting
                    }
                }
                catch (RuntimeException e) {
                    log.warn("Telling subscribers of new comments failed; trying again at the next poll", e);
                }
            });
        }
    }

    private int runBatch() {
        List<CommentRepository.Job> jobs = comments.jobs(BATCH, MOST_ATTEMPTS);
        for (CommentRepository.Job job : jobs) {
            try {
                List<Outbox.Message> messages = messages(job.commentId(), job.reviewed());
                transaction.executeWithoutResult(tx -> {
                    // The comment's row first, then its job's: the order in which deleting an article removes
                    // them, so that the two never wait on each other (PostgreSQL found them deadlocked).
                    // Taken once, and a comment approved a second time (after being taken down) is not news again.
                    boolean news = comments.markNotified(job.commentId(), clock.millis());
                    if (comments.takeJob(job.id()) && news) {
                        messages.forEach(outbox::enqueue);
                    }
                });
            }
            catch (RuntimeException e) {
                log.warn("Telling subscribers of comment {} failed; tried again at most {} times", job.commentId(),
                        MOST_ATTEMPTS, e);
                transaction.executeWithoutResult(tx -> comments.jobFailed(job.id()));
            }
        }
        return jobs.size();
    }

    /** Why an address hears of a comment, closest first. */
    private record Reason(int rank, String says, Subscription subscription) {
    }

    List<Outbox.Message> messages(long commentId) {
        return messages(commentId, false);
    }

    /**
     * @param reviewed whether a moderator approved the comment after it was held: its writer, if they
     *     follow the article (they asked to hear of it), is told it is published
     */
    List<Outbox.Message> messages(long commentId, boolean reviewed) {
        StoredComment comment = comments.byId(commentId).filter(StoredComment::isPublic).orElse(null);
        ArticleRef article = comment == null ? null : publishing.article(comment.articleId()).orElse(null);
        if (article == null) {
            return List.of();
        }
        List<StoredComment> above = ancestors(comment);
        Set<Long> members = new HashSet<>();
        above.forEach(c -> addUser(members, c));
        addUser(members, comment);
        List<StoredComment> thread = comment.isTopLevel() ? List.of(comment) : threadOf(comment);
        thread.forEach(c -> addUser(members, c));
        Map<Long, Accounts.Profile> profiles = accounts.profiles(members);
        String writer = email(comment, profiles);
        Set<String> repliedTo = new HashSet<>();
        above.stream().limit(1).forEach(parent -> repliedTo.add(email(parent, profiles)));
        Set<String> upThread = new HashSet<>();
        above.forEach(c -> upThread.add(email(c, profiles)));
        Set<String> mentioned = mentioned(comment, thread, profiles);

        Map<String, Reason> reasons = new LinkedHashMap<>();
        List<Subscription> following = subscriptions.following(article.id());
        for (Subscription s : following) {
            if (s.kind() == Subscription.Kind.MY_REPLIES) {
                if (repliedTo.contains(s.email())) {
                    consider(reasons, s.email(), new Reason(0, "replied to your comment", s));
                }
                else if (upThread.contains(s.email())) {
                    consider(reasons, s.email(), new Reason(1, "replied in a thread you are part of", s));
                }
                else if (mentioned.contains(s.email())) {
                    consider(reasons, s.email(), new Reason(2, "mentioned you", s));
                }
            }
            else {
                consider(reasons, s.email(), new Reason(4, "commented", s));
            }
        }
        for (Subscription s : subscriptions.followingComments(above.stream().map(StoredComment::id).toList())) {
            consider(reasons, s.email(), new Reason(3, "replied to a comment you follow", s));
        }
        reasons.remove(writer);
        Subscription writers = following.stream().filter(s -> s.email().equals(writer)).findFirst().orElse(null);
        Publication p = publishing.publication();
        String excerpt = excerpt(comment);
        List<Outbox.Message> messages = new ArrayList<>();
        if (reviewed && writers != null && !writer.isEmpty()) {
            messages.add(outbox.prepare(writer, "comment-published", Map.of("publicationName", p.name(),
                    "articleHeadline", article.headline(), "excerpt", excerpt, "link", p.absolute("/comments/" + comment.id()),
                    "unsubscribeLink", links.endLink(writers), "unsubscribeAllLink", links.endAllLink(writer)))
                    .unsubscribingAt(links.endLink(writers)));
        }
        reasons.forEach((email, reason) -> messages.add(outbox.prepare(email, "comment-notification", Map.of(
                "publicationName", p.name(), "commenterName", comment.authorName(), "reason", reason.says(),
                "articleHeadline", article.headline(), "excerpt", excerpt,
                "link", p.absolute("/comments/" + comment.id()), "subscription", reason.subscription().kind().described,
                "unsubscribeLink", links.endLink(reason.subscription()), "unsubscribeAllLink", links.endAllLink(email)))
                .unsubscribingAt(links.endLink(reason.subscription()))));
        return messages;
    }

    private static void consider(Map<String, Reason> reasons, String email, Reason reason) {
        Reason known = reasons.get(email);
        if (known == null || reason.rank() < known.rank()) {
            reasons.put(email, reason);
        }
    }

    private List<StoredComment> ancestors(StoredComment comment) {
        List<StoredComment> above = new ArrayList<>();
        Long parent = comment.parentId();
        while (parent != null && above.size() < 100) {
            StoredComment found = comments.byId(parent).orElse(null);
            if (found == null) {
                break;
            }
            above.add(found);
            parent = found.parentId();
        }
        return above;
    }

    private List<StoredComment> threadOf(StoredComment comment) {
        List<StoredComment> thread = new ArrayList<>(comments.wholeThread(comment.threadId()));
        comments.byId(comment.threadId()).ifPresent(thread::add);
        return thread;
    }

    /** Writers in the thread named with an @ in the comment ("@Ada Lovelace" or "@Ada"). */
    private static Set<String> mentioned(StoredComment comment, List<StoredComment> thread,
            Map<Long, Accounts.Profile> profiles) {
        String body = comment.bodyMarkdown().toLowerCase(Locale.ROOT);
        Set<String> found = new HashSet<>();
        if (body.indexOf('@') < 0) {
            return found;
        }
        for (StoredComment other : thread) {
            String name = other.authorName().toLowerCase(Locale.ROOT);
            String first = name.split("\\s+")[0];
            if (body.contains("@" + name) || (first.length() >= 3 && body.matches("(?s).*@" + java.util.regex.Pattern.quote(first) + "\\b.*"))) {
                found.add(email(other, profiles));
            }
        }
        return found;
    }

    private static void addUser(Set<Long> members, StoredComment comment) {
        if (comment.userId() != null) {
            members.add(comment.userId());
        }
    }

    private static String email(StoredComment comment, Map<Long, Accounts.Profile> profiles) {
        if (comment.userId() != null) {
            Accounts.Profile profile = profiles.get(comment.userId());
            return profile == null ? "" : profile.member().email();
        }
        return comment.authorEmail() == null ? "" : comment.authorEmail();
    }

    private String excerpt(StoredComment comment) {
        String words = text.toText(comment.bodyMarkdown());
        return words.length() <= EXCERPT ? words : words.substring(0, EXCERPT - 1).strip() + "…";
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
