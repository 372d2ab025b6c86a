package org.masthead.funding;

import java.util.List;
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

    /** A gift as the newsroom's list shows it. */
    record Line(long id, String provider, String status, long amountMinor, long refundedMinor, String currency,
            String donorName, String note, Long paidAt) {
    }

    List<Line> latest(int limit) {
        return jdbc.sql("""
                SELECT id, provider, status, amount_minor, refunded_minor, currency, donor_name, note, paid_at
                FROM donations ORDER BY id DESC LIMIT :limit
                """).param("limit", limit)
                .query((rs, n) -> new Line(rs.getLong("id"), rs.getString("provider"), rs.getString("status"),
                        rs.getLong("amount_minor"), rs.getLong("refunded_minor"), rs.getString("currency"),
                        rs.getString("donor_name"), rs.getString("note"), (Long) rs.getObject("paid_at", Long.class)))
                .list();
    }

    /** What was given in the currency between two moments (the first included), net of what was given back. */
    long raised(String currency, long from, long until) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(amount_minor - refunded_minor), 0) FROM donations
                WHERE currency = :currency AND paid_at >= :from AND paid_at < :until
                    AND status IN ('succeeded', 'refunded')
                """).param("currency", currency).param("from", from).param("until", until).query(Long.class).single();
    }
}
