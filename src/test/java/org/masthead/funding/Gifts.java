package org.masthead.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.masthead.Session;
import org.masthead.StripeStandIn;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Gifts begun as a reader begins them, on the support page, and read back from the ledger. */
final class Gifts {

    /** A gift's row as the ledger has it. */
    record Row(String status, long amountMinor, long refundedMinor, String currency, String paymentId, Long paidAt,
            Long endedAt, String donorEmail, String publicName) {
    }

    private final int port;
    private final JdbcClient jdbc;

    Gifts(int port, JdbcClient jdbc) {
        this.port = port;
        this.jdbc = jdbc;
    }

    /** Sends the support form and follows it as far as Stripe's checkout: the session it opened. */
    StripeStandIn.Opened begin(String amount, String otherAmount, String frequency, String wallName) {
        Session reader = new Session(port);
        reader.get("/support");
        HttpResponse<String> sent = reader.postRaw("/support", "amount", amount, "otherAmount", otherAmount,
                "frequency", frequency, "wallName", wallName, "message", "", "attempt", UUID.randomUUID().toString());
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(303);
        return StripeStandIn.sessionAt(Session.location(sent));
    }

    Row row(String donationId) {
        return row(Long.parseLong(donationId));
    }

    Row row(long donationId) {
        return jdbc.sql("""
                SELECT status, amount_minor, refunded_minor, currency, provider_payment_id, paid_at, ended_at,
                    donor_email, public_name FROM donations WHERE id = :id
                """).param("id", donationId).query((rs, n) -> new Row(rs.getString(1), rs.getLong(2), rs.getLong(3),
                rs.getString(4), rs.getString(5), DonationRepository.nullable(rs, 6), DonationRepository.nullable(rs, 7),
                rs.getString(8), rs.getString(9))).single();
    }

    /** Rows recorded for a monthly gift: the first and every renewal. */
    long rowsOfMonthly(String donationId) {
        return jdbc.sql("SELECT COUNT(*) FROM donations WHERE id = :id OR renews_id = :id")
                .param("id", Long.parseLong(donationId)).query(Long.class).single();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM donations").query(Long.class).single();
    }
}
