package org.masthead.discussion;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.masthead.accounts.Allowance;
import org.masthead.accounts.Allowances;
import org.masthead.notifications.Outbox;
import org.masthead.publishing.ArticleRef;
import org.masthead.publishing.Publication;
import org.masthead.publishing.Publishing;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who wants mail about new comments. A member's wish starts at once (their address is confirmed); a
 * guest's starts only once they confirm it from their mailbox (double opt-in). Every link that ends or
 * confirms one is signed with the discussion's key, so no secret is stored, and each works once or many
 * times to the same effect.
 */
@Component
class Subscriptions {

    /** What asking for a subscription came to. */
    enum Outcome {
        STARTED, CONFIRMATION_SENT, ALREADY
    }

    private final SubscriptionRepository subscriptions;
    private final DiscussionKeys keys;
    private final Outbox outbox;
    private final Publishing publishing;
    private final TransactionTemplate transaction;
    private final Clock clock;
    /** Confirmation mails per recipient: a stranger cannot make the site mail someone over and over. */
    private final Allowance confirmations;
    /** Confirmation mails asked for per network: nobody can make the site mail a list of strangers. */
    private final Allowance askedFromClient;

    Subscriptions(SubscriptionRepository subscriptions, DiscussionKeys keys, Outbox outbox, Publishing publishing,
            TransactionTemplate transaction, Clock clock, Allowances allowances) {
        this.confirmations = allowances.named("discussion.confirmations-per-recipient", 3, Duration.ofHours(1));
        this.askedFromClient = allowances.named("discussion.confirmations-per-client", 10, Duration.ofHours(1));
        this.subscriptions = subscriptions;
        this.keys = keys;
        this.outbox = outbox;
        this.publishing = publishing;
        this.transaction = transaction;
        this.clock = clock;
    }

    Outcome subscribe(ArticleRef article, Subscription.Kind kind, Long commentId, Viewer viewer, String guestEmail) {
        String email = viewer.member() != null ? viewer.member().email() : address(guestEmail);
        var existing = subscriptions.existing(email, article.id(), commentId, kind);
        if (existing.isPresent() && existing.get().confirmed()) {
            return Outcome.ALREADY;
        }
        long now = clock.millis();
        if (viewer.member() != null) {
            transaction.executeWithoutResult(tx -> {
                if (existing.isPresent()) {
                    subscriptions.confirm(existing.get().id(), now);
                }
                else {
                    subscriptions.create(email, viewer.userId(), article.id(), commentId, kind, now, now);
                }
            });
            return Outcome.STARTED;
        }
        if (viewer.clientHash() != null && !askedFromClient.take(viewer.clientHash())) {
            throw new DiscussionProblem(429, "email", "Many confirmations have been asked for from your network in "
                    + "the last hour. Try again later.");
        }
        if (!confirmations.take(email)) {
            throw new DiscussionProblem(429, "email", "We have already sent several confirmations to this address "
                    + "in the last hour. Check the inbox and the spam folder.");
        }
        Publication p = publishing.publication();
        transaction.executeWithoutResult(tx -> {
            long id = existing.map(Subscription::id)
                    .orElseGet(() -> subscriptions.create(email, null, article.id(), commentId, kind, null, now));
            outbox.enqueue(email, "subscription-confirm", Map.of("publicationName", p.name(),
                    "articleHeadline", article.headline(), "subscription", kind.described,
                    "link", p.absolute("/subscriptions/" + id + "/confirm?s=" + keys.sign(confirming(id, email)))));
        });
        return Outcome.CONFIRMATION_SENT;
    }

    /** Starts a guest's subscription from the link in their mailbox; false when the link is not ours. */
    boolean confirm(long id, String signature) {
        Optional<Subscription> subscription = subscriptions.byId(id);
        if (subscription.isEmpty() || !keys.signed(confirming(id, subscription.get().email()), signature)) {
            return false;
        }
        transaction.executeWithoutResult(tx -> subscriptions.confirm(id, clock.millis()));
        return true;
    }

    /** Ends one subscription; true also when it had ended already, as the link did its work. */
    boolean end(long id, String signature) {
        Optional<Subscription> subscription = subscriptions.byId(id);
        if (subscription.isEmpty()) {
            return signature != null && !signature.isBlank();
        }
        if (!keys.signed(ending(id, subscription.get().email()), signature)) {
            return false;
        }
        transaction.executeWithoutResult(tx -> subscriptions.end(id));
        return true;
    }

    // A link names the address as well as the row: SQLite may give an ended subscription's number to
    // the next one, and an old link must not confirm or end somebody else's.
    private static String confirming(long id, String email) {
        return "confirm:" + id + ":" + email;
    }

    private static String ending(long id, String email) {
        return "end:" + id + ":" + email;
    }

    boolean endAll(String email, String signature) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!keys.signed("all:" + address, signature)) {
            return false;
        }
        transaction.executeWithoutResult(tx -> subscriptions.endAll(address));
        return true;
    }

    String endLink(Subscription subscription) {
        return publishing.publication().absolute("/unsubscribe/" + subscription.id() + "?s="
                + keys.sign(ending(subscription.id(), subscription.email())));
    }

    String endAllLink(String email) {
        return publishing.publication().absolute("/unsubscribe/all?email="
                + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8) + "&s=" + keys.sign("all:" + email));
    }

    static Subscription.Kind kind(String code) {
        try {
            return Subscription.Kind.fromCode(code == null ? "" : code);
        }
        catch (IllegalArgumentException unknown) {
            throw DiscussionProblem.input("kind", "Choose what to be told of: new comments, or replies to yours.");
        }
    }

    private static String address(String raw) {
        String email = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (!Outbox.isMailable(email)) {
            throw DiscussionProblem.input("email", "Give your email address, like name@example.org, to be told of new comments.");
        }
        return email;
    }
}
