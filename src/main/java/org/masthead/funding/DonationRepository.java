package org.masthead.funding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class DonationRepository {

    private final JdbcClient jdbc;

    DonationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A gift the newsroom received itself, paid at {@code paidAt}. */
    long insertOffline(Funding.OfflineGift gift, long paidAt, long now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO donations (provider, recurrence, status, amount_minor, currency, donor_name, donor_email,
                    anonymous, note, recorded_by, paid_at, created_at)
                VALUES ('offline', 'one-time', 'succeeded', :amount, :currency, :name, :email, TRUE, :note, :by,
                    :paid, :now)
                """).param("amount", gift.amountMinor()).param("currency", gift.currency())
                .param("name", gift.donorName()).param("email", gift.donorEmail()).param("note", gift.note())
                .param("by", gift.recordedBy()).param("paid", paidAt).param("now", now).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** A gift a reader began on the support page, before Stripe has taken any money. */
    record Pledged(long amountMinor, String currency, boolean monthly, String publicName, String message,
            String attempt) {

        /** The same gift as a new attempt of its own. */
        Pledged anew() {
            return new Pledged(amountMinor, currency, monthly, publicName, message, java.util.UUID.randomUUID().toString());
        }
    }

    /**
     * Records a gift as pending, once per checkout attempt: the same attempt sent again finds the
     * gift it recorded the first time. Returns the gift's id.
     */
    long pending(Pledged pledge, long now) {
        jdbc.sql("""
                INSERT INTO donations (provider, recurrence, status, amount_minor, currency, public_name, anonymous,
                    message, checkout_attempt, created_at)
                VALUES ('stripe', :recurrence, 'pending', :amount, :currency, :name, :anonymous, :message, :attempt, :now)
                ON CONFLICT (checkout_attempt) DO NOTHING
                """).param("recurrence", pledge.monthly() ? "monthly" : "one-time").param("amount", pledge.amountMinor())
                .param("currency", pledge.currency()).param("name", pledge.publicName())
                .param("anonymous", pledge.publicName() == null).param("message", pledge.message())
                .param("attempt", pledge.attempt()).param("now", now).update();
        return jdbc.sql("SELECT id FROM donations WHERE checkout_attempt = :attempt").param("attempt", pledge.attempt())
                .query(Long.class).single();
    }

    void checkoutOpened(long donationId, String checkoutId) {
        jdbc.sql("UPDATE donations SET provider_checkout_id = :checkout WHERE id = :id")
                .param("checkout", checkoutId).param("id", donationId).update();
    }

    /** A gift made through Stripe, as the webhook, the thank-you page and receipts need it. */
    record Online(long id, String status, String recurrence, long amountMinor, String currency, String checkoutId,
            String subscriptionId, String donorEmail, String donorName, Long renewsId, Long endedAt) {

        boolean monthly() {
            return recurrence.equals("monthly");
        }
    }

    private static final String ONLINE = """
            SELECT id, status, recurrence, amount_minor, currency, provider_checkout_id, provider_subscription_id,
                donor_email, donor_name, renews_id, ended_at FROM donations
            """;

    private static final RowMapper<Online> ONLINE_ROW = (rs, n) -> new Online(rs.getLong(1), rs.getString(2),
            rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
            rs.getString(9), nullable(rs, 10), nullable(rs, 11));

    Optional<Online> online(long id) {
        return jdbc.sql(ONLINE + " WHERE id = :id AND provider = 'stripe'").param("id", id).query(ONLINE_ROW).optional();
    }

    Optional<Online> byCheckout(String checkoutId) {
        return jdbc.sql(ONLINE + " WHERE provider_checkout_id = :checkout AND provider = 'stripe'")
                .param("checkout", checkoutId).query(ONLINE_ROW).optional();
    }

    /** The gift that began a monthly subscription (not one of its renewals). */
    Optional<Online> bySubscription(String subscriptionId) {
        return jdbc.sql(ONLINE + " WHERE provider_subscription_id = :sub AND provider = 'stripe' AND renews_id IS NULL "
                + "ORDER BY id LIMIT 1").param("sub", subscriptionId).query(ONLINE_ROW).optional();
    }

    /** The gift a Stripe payment paid: by its payment intent, or by the invoice it paid. */
    Optional<Online> byPayment(String intentOrInvoice) {
        // Two lookups, each by its own index: one query with OR would read the whole table.
        return jdbc.sql(ONLINE + " WHERE provider_intent_id = :p AND provider = 'stripe' ORDER BY id LIMIT 1")
                .param("p", intentOrInvoice).query(ONLINE_ROW).optional()
                .or(() -> jdbc.sql(ONLINE + " WHERE provider = 'stripe' AND provider_payment_id = :p")
                        .param("p", intentOrInvoice).query(ONLINE_ROW).optional());
    }

    /** Stripe's ids and the donor's details, as a completed checkout gives them. */
    record Paying(String paymentId, String intentId, String subscriptionId, String customerId, String donorEmail,
            String donorName) {
    }

    /** Keeps what a checkout says of the gift, whether or not it was paid yet; ids once known are kept. */
    void describe(long donationId, Paying paying) {
        jdbc.sql("""
                UPDATE donations SET provider_intent_id = COALESCE(provider_intent_id, :intent),
                    provider_subscription_id = COALESCE(provider_subscription_id, :sub),
                    provider_customer_id = COALESCE(provider_customer_id, :customer),
                    donor_email = COALESCE(donor_email, :email), donor_name = COALESCE(donor_name, :name)
                WHERE id = :id
                """).param("intent", paying.intentId()).param("sub", paying.subscriptionId())
                .param("customer", paying.customerId()).param("email", paying.donorEmail())
                .param("name", paying.donorName()).param("id", donationId).update();
    }

    /** A pending gift paid: true when this call made it so, false when it was paid (or failed) already. */
    boolean settle(long donationId, String paymentId, long paidAt) {
        return jdbc.sql("""
                UPDATE donations SET status = 'succeeded', provider_payment_id = :payment, paid_at = :paid
                WHERE id = :id AND status = 'pending'
                """).param("payment", paymentId).param("paid", paidAt).param("id", donationId).update() == 1;
    }

    /** A pending gift whose payment failed; false when it was no longer pending. */
    boolean fail(long donationId) {
        return jdbc.sql("UPDATE donations SET status = 'failed' WHERE id = :id AND status = 'pending'")
                .param("id", donationId).update() == 1;
    }

    /**
     * A monthly gift renewed: a gift of its own, paid by an invoice. Returns its id, or empty when that
     * invoice was recorded already.
     */
    Optional<Long> renewal(Online first, String invoiceId, String intentId, long amountMinor, String currency,
            long paidAt, long now) {
        int inserted = jdbc.sql("""
                INSERT INTO donations (provider, provider_payment_id, provider_intent_id, provider_subscription_id,
                    provider_customer_id, recurrence, status, amount_minor, currency, donor_name, donor_email,
                    public_name, anonymous, message, renews_id, paid_at, created_at)
                SELECT 'stripe', :invoice, :intent, provider_subscription_id, provider_customer_id, 'monthly',
                    'succeeded', :amount, :currency, donor_name, donor_email, public_name, anonymous, NULL, id,
                    :paid, :now
                FROM donations WHERE id = :first
                ON CONFLICT (provider, provider_payment_id) DO NOTHING
                """).param("invoice", invoiceId).param("intent", intentId).param("amount", amountMinor)
                .param("currency", currency).param("paid", paidAt).param("now", now).param("first", first.id())
                .update();
        if (inserted == 0) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id FROM donations WHERE provider = 'stripe' AND provider_payment_id = :invoice")
                .param("invoice", invoiceId).query(Long.class).optional();
    }

    /** A monthly gift stopped: no more renewals will come. False when it was known to have ended. */
    boolean ended(long firstId, long at) {
        return jdbc.sql("UPDATE donations SET ended_at = :at WHERE id = :id AND ended_at IS NULL")
                .param("at", at).param("id", firstId).update() == 1;
    }

    /**
     * Keeps a refund of a payment, whether or not the payment is recorded yet; the larger figure wins.
     * Its row is where a refund and the payment it gives back meet: writing it waits for a payment
     * being recorded at the same moment (on PostgreSQL, by the row's lock), so that one of the two
     * always sees the other.
     */
    void refundedEarly(String intentId, long refundedMinor, long now) {
        jdbc.sql("""
                INSERT INTO stripe_early_refunds (intent_id, refunded_minor, received_at) VALUES (:intent, :refunded, :now)
                ON CONFLICT (intent_id) DO UPDATE SET refunded_minor = CASE
                    WHEN excluded.refunded_minor > stripe_early_refunds.refunded_minor THEN excluded.refunded_minor
                    ELSE stripe_early_refunds.refunded_minor END
                """).param("intent", intentId).param("refunded", refundedMinor).param("now", now).update();
    }

    /**
     * The refund kept for a payment that has now been recorded (nothing when none came first), taken
     * off the list. The caller wrote the row first in its transaction ({@link #refundedEarly}), so that
     * a refund arriving meanwhile waits and then finds the payment.
     */
    Optional<Long> takeEarlyRefund(String intentId) {
        Optional<Long> refunded = jdbc.sql("SELECT refunded_minor FROM stripe_early_refunds WHERE intent_id = :intent")
                .param("intent", intentId).query(Long.class).optional();
        jdbc.sql("DELETE FROM stripe_early_refunds WHERE intent_id = :intent").param("intent", intentId).update();
        return refunded.filter(r -> r > 0);
    }

    /** Removes the meeting row a payment wrote, unless a refund kept something in it. */
    void leaveMeeting(String payment) {
        if (payment != null) {
            jdbc.sql("DELETE FROM stripe_early_refunds WHERE intent_id = :payment AND refunded_minor = 0")
                    .param("payment", payment).update();
        }
    }

    /**
     * Takes a webhook event into account once: true for the first delivery of its id, false for any
     * other, in the same transaction as what the event changes, so a delivery that fails half-way can
     * be delivered again.
     */
    boolean claimEvent(String eventId, String type, long now) {
        return jdbc.sql("""
                INSERT INTO stripe_events (event_id, type, received_at) VALUES (:id, :type, :now)
                ON CONFLICT (event_id) DO NOTHING
                """).param("id", eventId).param("type", type).param("now", now).update() == 1;
    }

    /** A paid gift's amount and how much of it was given back, or null when there is no such paid gift. */
    record Paid(long amountMinor, long refundedMinor) {
    }

    Paid paid(long donationId) {
        return jdbc.sql("SELECT amount_minor, refunded_minor FROM donations WHERE id = :id AND paid_at IS NOT NULL "
                + "AND status IN ('succeeded', 'refunded')").param("id", donationId)
                .query((rs, n) -> new Paid(rs.getLong(1), rs.getLong(2))).optional().orElse(null);
    }

    /**
     * Raises what was given back of a paid gift to {@code refundedMinor}; false when it was that much
     * or more already (a report repeated, or overtaken by a later one), so a refund never goes down.
     */
    boolean refund(long donationId, long refundedMinor) {
        return jdbc.sql("""
                UPDATE donations SET refunded_minor = :refunded,
                    status = CASE WHEN :refunded = amount_minor THEN 'refunded' ELSE 'succeeded' END
                WHERE id = :id AND paid_at IS NOT NULL AND status IN ('succeeded', 'refunded')
                    AND :refunded > refunded_minor AND :refunded <= amount_minor
                """).param("refunded", refundedMinor).param("id", donationId).update() == 1;
    }

    void history(long donationId, String source, long at) {
        jdbc.sql("""
                INSERT INTO donation_history (donation_id, status, refunded_minor, source, at)
                SELECT id, status, refunded_minor, :source, :at FROM donations WHERE id = :id
                """).param("id", donationId).param("source", source).param("at", at).update();
    }

    /**
     * Which gifts the newsroom's list shows: each filter null for any, {@code paidFrom} and
     * {@code paidUntil} a period of payment (the first moment included).
     */
    record Filter(String status, String provider, String recurrence, Long paidFrom, Long paidUntil) {
    }

    /** A gift as the newsroom's list and its CSV export show it. */
    record Listed(long id, String provider, String recurrence, String status, long amountMinor, long refundedMinor,
            String currency, String donorName, String donorEmail, String publicName, String message, String note,
            String paymentId, String subscriptionId, Long renewsId, Long paidAt, long createdAt, Long endedAt) {
    }

    /** Gifts matching the filter, newest first, those before {@code beforeId} (null for the newest). */
    List<Listed> list(Filter filter, Long beforeId, int limit) {
        StringBuilder sql = new StringBuilder("""
                SELECT id, provider, recurrence, status, amount_minor, refunded_minor, currency, donor_name, donor_email,
                    public_name, message, note, provider_payment_id, provider_subscription_id, renews_id, paid_at,
                    created_at, ended_at
                FROM donations WHERE 1 = 1
                """);
        Map<String, Object> params = new HashMap<>();
        if (filter.status() != null) {
            sql.append(" AND status = :status");
            params.put("status", filter.status());
        }
        if (filter.provider() != null) {
            sql.append(" AND provider = :provider");
            params.put("provider", filter.provider());
        }
        if (filter.recurrence() != null) {
            sql.append(" AND recurrence = :recurrence");
            params.put("recurrence", filter.recurrence());
        }
        if (filter.paidFrom() != null) {
            sql.append(" AND paid_at >= :from AND paid_at < :until");
            params.put("from", filter.paidFrom());
            params.put("until", filter.paidUntil());
        }
        if (beforeId != null) {
            sql.append(" AND id < :before");
            params.put("before", beforeId);
        }
        sql.append(" ORDER BY id DESC LIMIT :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new Listed(rs.getLong("id"),
                rs.getString("provider"), rs.getString("recurrence"), rs.getString("status"), rs.getLong("amount_minor"),
                rs.getLong("refunded_minor"), rs.getString("currency"), rs.getString("donor_name"),
                rs.getString("donor_email"), rs.getString("public_name"), rs.getString("message"), rs.getString("note"),
                rs.getString("provider_payment_id"), rs.getString("provider_subscription_id"),
                nullable(rs, rs.findColumn("renews_id")), nullable(rs, rs.findColumn("paid_at")),
                rs.getLong("created_at"), nullable(rs, rs.findColumn("ended_at")))).list();
    }

    /** A named donor on the wall. */
    record Named(String name, String message, long paidAt, boolean monthly) {
    }

    /** Donors who chose to be named, newest first: one line per gift, renewals left out. */
    List<Named> wall(Long beforePaidAt, int limit) {
        return jdbc.sql("""
                SELECT public_name, message, paid_at, recurrence FROM donations
                WHERE public_name IS NOT NULL AND anonymous = FALSE AND renews_id IS NULL
                    AND status = 'succeeded' AND paid_at IS NOT NULL AND paid_at < :before
                ORDER BY paid_at DESC, id DESC LIMIT :limit
                """).param("before", beforePaidAt == null ? Long.MAX_VALUE : beforePaidAt).param("limit", limit)
                .query((rs, n) -> new Named(rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getString(4).equals("monthly"))).list();
    }

    /** A paid gift's moment and what of it was kept (net of refunds). */
    record PaidGift(long paidAt, long netMinor) {
    }

    /** The gifts paid in the currency between two moments (the first included), for sums per month. */
    List<PaidGift> paidBetween(String currency, long from, long until) {
        return jdbc.sql("""
                SELECT paid_at, amount_minor - refunded_minor FROM donations
                WHERE currency = :currency AND paid_at >= :from AND paid_at < :until
                    AND status IN ('succeeded', 'refunded')
                """).param("currency", currency).param("from", from).param("until", until)
                .query((rs, n) -> new PaidGift(rs.getLong(1), rs.getLong(2))).list();
    }

    /** What was given in the currency between two moments (the first included), net of what was given back. */
    long raised(String currency, long from, long until) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(amount_minor - refunded_minor), 0) FROM donations
                WHERE currency = :currency AND paid_at >= :from AND paid_at < :until
                    AND status IN ('succeeded', 'refunded')
                """).param("currency", currency).param("from", from).param("until", until).query(Long.class).single();
    }

    /** A number column that may be NULL, read alike from both databases' drivers. */
    static Long nullable(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
