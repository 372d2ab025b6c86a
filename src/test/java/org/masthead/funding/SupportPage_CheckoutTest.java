package org.masthead.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.DatabaseTest;
import org.masthead.Http;
import org.masthead.Session;
import org.masthead.StripeStandIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The support page: its amounts and choices, the checkout it opens at Stripe (once per attempt,
 * however often the form is sent), and the answer, beside the field, to every amount it cannot take.
 */
@DatabaseTest
class SupportPage_CheckoutTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Gifts gifts;

    @BeforeEach
    void gifts() {
        gifts = new Gifts(port, jdbc);
    }

    @Test
    void thePageOffersThePresetsInTheGoalsCurrency_andOpensACheckoutForTheChosenGift() {
        Document page = new Http(port).page("/support");
        assertThat(page.select(".give__choice input[name=amount]").eachAttr("value"))
                .containsExactly("5", "10", "25", "100", "other");
        assertThat(page.select(".give__choice").eachText()).contains("£5", "£10", "£25", "£100", "Once", "Monthly");
        assertThat(page.selectFirst("input[name=amount][checked]").attr("value")).isEqualTo("10");
        assertThat(page.selectFirst("label[for=other-amount]").text()).isEqualTo("Other amount (£)");
        assertThat(page.selectFirst("#amount-bounds").text()).startsWith("From £1 to £10,000.");

        Session reader = new Session(port);
        String attempt = UUID.randomUUID().toString();
        String[] form = { "amount", "10", "otherAmount", "", "frequency", "one-time", "wallName", "Мария Соколова",
                "message", "Спасибо за вашу работу!", "attempt", attempt };
        HttpResponse<String> sent = reader.postRaw("/support", form);
        assertThat(sent.statusCode()).isEqualTo(303);
        StripeStandIn.Opened checkout = StripeStandIn.sessionAt(Session.location(sent));
        String donation = checkout.metadata("donation");
        assertThat(checkout.idempotencyKey()).matches("masthead-[0-9a-f]{40}");
        assertThat(checkout.params()).containsEntry("mode", "payment").containsEntry("submit_type", "donate")
                .containsEntry("line_items[0][price_data][currency]", "gbp")
                .containsEntry("line_items[0][price_data][unit_amount]", "1000")
                .containsEntry("line_items[0][quantity]", "1")
                .containsEntry("payment_intent_data[metadata][donation]", donation)
                .containsEntry("client_reference_id", donation)
                .containsEntry("success_url", "https://news.example.test/support/thanks?session_id={CHECKOUT_SESSION_ID}")
                .containsEntry("cancel_url", "https://news.example.test/support/cancelled");
        Gifts.Row row = gifts.row(donation);
        assertThat(row.status()).isEqualTo("pending");
        assertThat(row.publicName()).isEqualTo("Мария Соколова");

        // Sent again (a double click, a reload): the same gift, the same checkout. Other applications in
        // this test JVM may have opened sessions for a gift with the same number in their own databases:
        // what counts is that this one opened none.
        long opened = StripeStandIn.sessionsFor(donation);
        HttpResponse<String> again = reader.postRaw("/support", form);
        assertThat(Session.location(again)).isEqualTo(Session.location(sent));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM donations WHERE public_name = 'Мария Соколова' AND checkout_attempt IS NOT NULL")
                .query(Long.class).single()).isGreaterThanOrEqualTo(1);
        assertThat(StripeStandIn.sessionsFor(donation)).isEqualTo(opened);
        assertThat(StripeStandIn.sessionsWithKey(checkout.idempotencyKey())).isEqualTo(1);

        // Back from the checkout before Stripe's event: the gift is being confirmed.
        Document thanks = new Http(port).page("/support/thanks?session_id=" + checkout.id());
        assertThat(thanks.selectFirst(".story__standfirst").text()).contains("£10", "being confirmed");
        assertThat(new Http(port).page("/support/cancelled").selectFirst("h1").text()).isEqualTo("No gift was made");
    }

    @Test
    void everyAmountItCannotTake_isRefusedBesideItsField_keepingWhatWasTyped_andRecordingNothing() {
        long before = gifts.count();
        assertRefused("amount", "other", "", "one-time", "", "", "Choose an amount, or type one under “Other amount”.");
        assertRefused("amount", "other", "12.345", "one-time", "", "", "GBP amounts have at most 2 decimals.");
        assertRefused("amount", "other", "0.50", "one-time", "", "", "Give from £1 to £10,000.");
        assertRefused("amount", "other", "10001", "monthly", "", "", "Give from £1 to £10,000.");
        assertRefused("amount", "other", "ten", "one-time", "", "", "Give the amount in GBP as a number, such as 2500 or 2500.00.");
        assertRefused("amount", "11", "", "one-time", "", "", "Choose one of the amounts shown, or type your own.");
        assertRefused("frequency", "10", "", "weekly", "", "", "Choose once or monthly.");
        assertRefused("wallName", "10", "", "one-time", "x".repeat(81), "",
                "Keep the name for the donor wall to 80 characters on one line, or leave it empty to stay anonymous.");
        assertRefused("gift-message", "10", "", "one-time", "", "ω".repeat(501), "Keep your message to 500 characters.");
        assertRefused("wallName", "10", "", "one-time", "Bob \u202Eevil", "",
                "Keep the name for the donor wall to 80 characters on one line, or leave it empty to stay anonymous.");
        assertThat(gifts.count()).isEqualTo(before);
    }

    @Test
    void whenStripeCannotBeReached_theReaderIsToldNothingWasCharged() {
        StripeStandIn.down(true);
        try {
            HttpResponse<String> sent = new Session(port).postRaw("/support", "amount", "25", "frequency", "monthly",
                    "attempt", UUID.randomUUID().toString());
            assertThat(sent.statusCode()).isEqualTo(503);
            assertThat(Jsoup.parse(sent.body()).selectFirst(".form-error").text()).contains("nothing was charged");
            assertThat(Jsoup.parse(sent.body()).selectFirst("input[name=amount][value=25]").hasAttr("checked")).isTrue();
        }
        finally {
            StripeStandIn.down(false);
        }
    }

    private void assertRefused(String field, String amount, String other, String frequency, String wallName,
            String message, String sentence) {
        HttpResponse<String> sent = new Session(port).postRaw("/support", "amount", amount, "otherAmount", other,
                "frequency", frequency, "wallName", wallName, "message", message);
        assertThat(sent.statusCode()).as(sentence).isEqualTo(400);
        Document page = Jsoup.parse(sent.body());
        String errorId = field.equals("gift-message") ? "gift-message-error" : field.equals("wallName") ? "wall-name-error"
                : field + "-error";
        assertThat(page.getElementById(errorId)).as(sent.body()).isNotNull();
        assertThat(page.getElementById(errorId).text()).isEqualTo(sentence);
        assertThat(page.selectFirst("#other-amount").attr("value")).isEqualTo(other);
        assertThat(page.selectFirst("#wall-name").attr("value")).isEqualTo(wallName);
    }
}
