package org.masthead.funding;

import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.model.Charge;
import com.stripe.model.Event;
import com.stripe.model.Invoice;
import com.stripe.model.InvoicePayment;
import com.stripe.model.StripeObject;
import com.stripe.model.Subscription;
import com.stripe.model.checkout.Session;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What Stripe's webhook events do to the ledger. Each event takes effect once: its id is claimed in
 * the transaction that applies it, so a second delivery, or fifty at once, finds it claimed. Events
 * about the same gift may come in any order — an invoice before its checkout, a refund before the
 * payment — and every change is one that only moves a gift forward (pending to paid, a refund only
 * up); a refund that comes first is kept until its payment is recorded, keyed as the payment will be
 * (its intent, or a monthly gift's invoice). So whichever comes first, the gift ends the same.
 */
@Service
class StripeLedger {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(StripeLedger.class);

    /** What became of an event. */
    enum Outcome {
        /** It changed the ledger, or was about a gift and is now recorded. */
        APPLIED,
        /** Its id was taken into account before: nothing done again. */
        REPEATED,
        /** Not an event, or not a gift, that Masthead keeps: acknowledged and ignored. */
        IGNORED
    }

    /** The event's object could not be read as the type its name promises. */
    static class Unreadable extends RuntimeException {

        Unreadable(String message) {
            super(message);
        }
    }

    private final DonationRepository donations;
    private final StripeAccount stripe;
    private final Receipts receipts;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    StripeLedger(DonationRepository donations, StripeAccount stripe, Receipts receipts,
            ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
        this.donations = donations;
        this.stripe = stripe;
        this.receipts = receipts;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    Outcome apply(Event event) {
        return switch (event.getType()) {
            case "checkout.session.completed", "checkout.session.async_payment_succeeded" ->
                    checkoutPaid(event, object(event, Session.class));
            // A checkout left unpaid until it expired: the gift was never made.
            case "checkout.session.async_payment_failed", "checkout.session.expired" ->
                    checkoutFailed(event, object(event, Session.class));
            case "invoice.paid" -> invoicePaid(event, object(event, Invoice.class));
            case "charge.refunded" -> refunded(event, object(event, Charge.class));
            case "customer.subscription.deleted" -> subscriptionEnded(event, object(event, Subscription.class));
            default -> Outcome.IGNORED;
        };
    }

    private Outcome checkoutPaid(Event event, Session session) {
        Optional<DonationRepository.Online> found = gift(session).filter(g -> same(g, session));
        if (found.isEmpty()) {
            return Outcome.IGNORED;
        }
        DonationRepository.Online gift = found.get();
        boolean paid = "paid".equals(session.getPaymentStatus());
        boolean subscription = "subscription".equals(session.getMode());
        // What a refund of this payment will be known by: the invoice of a monthly gift, else the intent.
        String paymentId = subscription ? session.getInvoice() : session.getPaymentIntent();
        var details = session.getCustomerDetails();
        DonationRepository.Paying paying = new DonationRepository.Paying(paymentId == null ? session.getId() : paymentId,
                subscription ? null : session.getPaymentIntent(), session.getSubscription(), session.getCustomer(),
                details == null ? null : details.getEmail(), details == null ? null : details.getName());
        Receipts.Prepared receipt = paid ? receipts.prepare(gift, paying.donorEmail(), paying.donorName(), gift.amountMinor()) : null;
        return once(event, () -> {
            meet(paying.paymentId());
            donations.describe(gift.id(), paying);
            if (paid && donations.settle(gift.id(), paying.paymentId(), millis(event))) {
                paidNow(gift.id(), paying.paymentId(), event, receipt);
            }
            else {
                donations.leaveMeeting(paying.paymentId());
            }
        });
    }

    /**
     * Whether a checkout is the one opened for this gift, for what was pledged: another installation
     * sharing the Stripe account numbers its gifts alike, and must not settle this one.
     */
    private static boolean same(DonationRepository.Online gift, Session session) {
        if (gift.checkoutId() != null && !gift.checkoutId().equals(session.getId())) {
            return false;
        }
        if (session.getAmountTotal() != null && session.getAmountTotal() != gift.amountMinor()) {
            log.warn("Checkout {} says {} for gift {} of {}: not taken into account", session.getId(),
                    session.getAmountTotal(), gift.id(), gift.amountMinor());
            return false;
        }
        return session.getCurrency() == null || session.getCurrency().equalsIgnoreCase(gift.currency());
    }

    private Outcome checkoutFailed(Event event, Session session) {
        Optional<DonationRepository.Online> found = gift(session).filter(g -> same(g, session));
        if (found.isEmpty()) {
            return Outcome.IGNORED;
        }
        return once(event, () -> {
            if (donations.fail(found.get().id())) {
                donations.history(found.get().id(), source(event), clock.millis());
            }
        });
    }

    private Outcome invoicePaid(Event event, Invoice invoice) {
        Invoice.Parent parent = invoice.getParent();
        Invoice.Parent.SubscriptionDetails details = parent == null ? null : parent.getSubscriptionDetails();
        if (details == null || invoice.getAmountPaid() == null || invoice.getAmountPaid() <= 0
                || invoice.getCurrency() == null || invoice.getId() == null) {
            return Outcome.IGNORED;
        }
        Optional<DonationRepository.Online> found = idIn(details.getMetadata()).flatMap(donations::online)
                .or(() -> details.getSubscription() == null ? Optional.empty()
                        : donations.bySubscription(details.getSubscription()));
        if (found.isEmpty() || (found.get().subscriptionId() != null
                && !found.get().subscriptionId().equals(details.getSubscription()))) {
            return Outcome.IGNORED;
        }
        DonationRepository.Online first = found.get();
        String intent = intentOf(invoice);
        long paidAt = invoice.getStatusTransitions() != null && invoice.getStatusTransitions().getPaidAt() != null
                ? invoice.getStatusTransitions().getPaidAt() * 1000 : millis(event);
        Receipts.Prepared receipt = receipts.prepare(first, invoice.getCustomerEmail(), invoice.getCustomerName(),
                invoice.getAmountPaid());
        DonationRepository.Paying paying = new DonationRepository.Paying(invoice.getId(), intent,
                details.getSubscription(), invoice.getCustomer(), invoice.getCustomerEmail(), invoice.getCustomerName());
        return once(event, () -> {
            meet(invoice.getId());
            if ("subscription_create".equals(invoice.getBillingReason())) {
                // The first month: the gift the checkout began, whether or not its checkout event came first.
                donations.describe(first.id(), paying);
                if (donations.settle(first.id(), invoice.getId(), paidAt)) {
                    paidNow(first.id(), invoice.getId(), event, receipt);
                }
                else {
                    donations.leaveMeeting(invoice.getId());
                }
                return;
            }
            donations.renewal(first, invoice.getId(), intent, invoice.getAmountPaid(),
                    invoice.getCurrency().toUpperCase(Locale.ROOT), paidAt, clock.millis())
                    .ifPresentOrElse(renewal -> paidNow(renewal, invoice.getId(), event, receipt),
                            () -> donations.leaveMeeting(invoice.getId()));
        });
    }

    private Outcome refunded(Event event, Charge charge) {
        String intent = charge.getPaymentIntent();
        if (intent == null || charge.getAmountRefunded() == null) {
            return Outcome.IGNORED;
        }
        // A monthly gift's payment is known by its invoice; Stripe says which invoice a payment paid.
        // Asked before the transaction, which never waits for the network.
        Optional<String> invoice = donations.byPayment(intent).isPresent() ? Optional.empty() : stripe.invoiceOf(intent);
        String key = invoice.orElse(intent);
        long refunded = charge.getAmountRefunded();
        return once(event, () -> {
            // The refund is kept first, then its payment looked for: a payment recorded meanwhile
            // either is found here or finds the refund kept (see DonationRepository.takeEarlyRefund).
            donations.refundedEarly(key, refunded, clock.millis());
            Optional<DonationRepository.Online> found = donations.byPayment(intent)
                    .or(() -> invoice.flatMap(donations::byPayment));
            if (found.isEmpty() || donations.paid(found.get().id()) == null) {
                // Not paid yet (a bank debit still clearing): the payment takes the refund when it is.
                return;
            }
            long id = found.get().id();
            long most = Math.max(refunded, donations.takeEarlyRefund(key).orElse(0L));
            donations.describe(id, new DonationRepository.Paying(null, intent, null, null, null, null));
            refund(id, most, source(event));
        });
    }

    private Outcome subscriptionEnded(Event event, Subscription subscription) {
        Optional<DonationRepository.Online> found = idIn(subscription.getMetadata()).flatMap(donations::online)
                .or(() -> donations.bySubscription(subscription.getId()));
        if (found.isEmpty()) {
            return Outcome.IGNORED;
        }
        long id = found.get().id();
        long endedAt = subscription.getEndedAt() != null ? subscription.getEndedAt() * 1000 : millis(event);
        return once(event, () -> {
            donations.describe(id, new DonationRepository.Paying(null, null, subscription.getId(), null, null, null));
            if (donations.ended(id, endedAt)) {
                donations.history(id, source(event), clock.millis());
            }
        });
    }

    /** Runs the change in one transaction with the claim of the event's id; nothing when it was claimed before. */
    private Outcome once(Event event, Runnable change) {
        return transaction.execute(tx -> {
            if (!donations.claimEvent(event.getId(), event.getType(), clock.millis())) {
                return Outcome.REPEATED;
            }
            change.run();
            return Outcome.APPLIED;
        });
    }

    /**
     * Takes the row where a payment and its refunds meet (by the payment's intent, or a monthly gift's
     * invoice) before touching the gift, as a refund does, so that the two lock in the same order.
     */
    private void meet(String payment) {
        if (payment != null) {
            donations.refundedEarly(payment, 0, clock.millis());
        }
    }

    private void paidNow(long donationId, String payment, Event event, Receipts.Prepared receipt) {
        donations.history(donationId, source(event), clock.millis());
        if (receipt != null) {
            receipts.send(receipt, donationId);
        }
        events.publishEvent(Funding.giftsChanged());
        if (payment != null) {
            donations.takeEarlyRefund(payment).ifPresent(r -> refund(donationId, r, "stripe:early-refund"));
        }
    }

    private void refund(long donationId, long refundedMinor, String source) {
        DonationRepository.Paid paid = donations.paid(donationId);
        if (paid == null) {
            return;
        }
        if (donations.refund(donationId, Math.min(refundedMinor, paid.amountMinor()))) {
            donations.history(donationId, source, clock.millis());
            events.publishEvent(Funding.giftsChanged());
        }
    }

    /** The gift a checkout was opened for: by the id Masthead gave it, else by the checkout's own id. */
    private Optional<DonationRepository.Online> gift(Session session) {
        return idIn(session.getMetadata()).flatMap(donations::online)
                .or(() -> session.getId() == null ? Optional.empty() : donations.byCheckout(session.getId()));
    }

    private static Optional<Long> idIn(Map<String, String> metadata) {
        String id = metadata == null ? null : metadata.get("donation");
        if (id == null || !id.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(id));
    }

    private static String intentOf(Invoice invoice) {
        if (invoice.getPayments() == null || invoice.getPayments().getData() == null) {
            return null;
        }
        return invoice.getPayments().getData().stream().map(InvoicePayment::getPayment)
                .filter(p -> p != null && p.getPaymentIntent() != null).map(InvoicePayment.Payment::getPaymentIntent)
                .findFirst().orElse(null);
    }

    private static long millis(Event event) {
        return event.getCreated() == null ? System.currentTimeMillis() : event.getCreated() * 1000;
    }

    private static String source(Event event) {
        return "stripe:" + event.getType() + ":" + event.getId();
    }

    private static <T extends StripeObject> T object(Event event, Class<T> type) {
        StripeObject object;
        try {
            // An event made under another API version than the client's is read as it is: the fields
            // used here are the same in every version that has them.
            var deserializer = event.getDataObjectDeserializer();
            Optional<StripeObject> matching = deserializer.getObject();
            object = matching.isPresent() ? matching.get() : deserializer.deserializeUnsafe();
        }
        catch (EventDataObjectDeserializationException | RuntimeException e) {
            throw new Unreadable("The event's object could not be read: " + e.getMessage());
        }
        if (!type.isInstance(object)) {
            throw new Unreadable("A " + event.getType() + " event must carry a " + type.getSimpleName() + ".");
        }
        return type.cast(object);
    }
}
