package org.masthead.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.DatabaseTest;
import org.masthead.Session;
import org.masthead.StripeStandIn;
import org.masthead.TestMailServer;
import org.masthead.publishing.Publishing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stripe's webhook events on the ledger: each takes effect once, in any order, however often and
 * however concurrently it is delivered; an event not signed with the account's secret, or signed too
 * long ago, changes nothing.
 */
@DatabaseTest
class StripeWebhook_LedgerTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Funding funding;

    @Autowired
    Publishing publishing;

    Gifts gifts;

    @BeforeEach
    void gifts() {
        gifts = new Gifts(port, jdbc);
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }

    private static String email() {
        return "donor-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private long raisedThisMonth() {
        return funding.progress(funding.currentMonth()).orElseThrow().raisedMinor();
    }

    private static void applied(HttpResponse<String> response, String outcome) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body().strip().split(" ")[0]).isEqualTo(outcome);
    }

    @Test
    void aOneTimeGift_countsWhenPaid_once_andItsDonorGetsAReceipt() throws Exception {
        StripeStandIn.Opened checkout = gifts.begin("25", "", "one-time", "Σοφία Παπαδοπούλου");
        String donation = checkout.metadata("donation");
        assertThat(gifts.row(donation).status()).isEqualTo("pending");
        long before = raisedThisMonth();
        String intent = SignedEvents.newId("pi");
        String donor = email();

        // Completed but not yet paid (a bank debit that takes days): nothing counts.
        applied(SignedEvents.deliver(port, SignedEvents.event("checkout.session.completed", SignedEvents.session(
                checkout.id(), "payment", "unpaid", donation, intent, null, null, donor, "Σοφία"))), "applied");
        assertThat(gifts.row(donation).status()).isEqualTo("pending");
        assertThat(raisedThisMonth()).isEqualTo(before);

        String paid = SignedEvents.event("checkout.session.async_payment_succeeded", SignedEvents.session(
                checkout.id(), "payment", "paid", donation, intent, null, null, donor, "Σοφία"));
        applied(SignedEvents.deliver(port, paid), "applied");
        applied(SignedEvents.deliver(port, paid), "repeated");

        Gifts.Row row = gifts.row(donation);
        assertThat(row.status()).isEqualTo("succeeded");
        assertThat(row.amountMinor()).isEqualTo(2_500);
        assertThat(row.paymentId()).isEqualTo(intent);
        assertThat(row.publicName()).isEqualTo("Σοφία Παπαδοπούλου");
        assertThat(raisedThisMonth()).isEqualTo(before + 2_500);

        await().atMost(Duration.ofSeconds(20)).until(() -> TestMailServer.messagesTo(donor).size() == 1);
        MimeMessage receipt = TestMailServer.messagesTo(donor).get(0);
        assertThat(receipt.getSubject()).isEqualTo("Thank you for your gift of £25 to " + publishing.publication().name());
        assertThat(TestMailServer.text(receipt)).contains("Dear Σοφία", "Reference: G-" + donation);

        // Given back, so the bar reads for later tests as the demo set it.
        applied(SignedEvents.deliver(port, SignedEvents.event("charge.refunded",
                SignedEvents.charge(intent, 2_500, 2_500))), "applied");
        assertThat(gifts.row(donation).status()).isEqualTo("refunded");
        assertThat(raisedThisMonth()).isEqualTo(before);
    }

    @Test
    void fiftyParallelDeliveriesOfOneEvent_makeOneLedgerEntry() throws Exception {
        StripeStandIn.Opened checkout = gifts.begin("10", "", "one-time", "");
        String donation = checkout.metadata("donation");
        String intent = SignedEvents.newId("pi");
        String donor = email();
        String event = SignedEvents.event("checkout.session.completed", SignedEvents.session(checkout.id(), "payment",
                "paid", donation, intent, null, null, donor, "Parallel Donor"));
        long before = raisedThisMonth();
        long historyBefore = jdbc.sql("SELECT COUNT(*) FROM donation_history").query(Long.class).single();

        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Future<HttpResponse<String>>> deliveries = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                deliveries.add(pool.submit(() -> SignedEvents.deliver(port, event)));
            }
            int applied = 0;
            for (Future<HttpResponse<String>> delivery : deliveries) {
                HttpResponse<String> response = delivery.get();
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                applied += response.body().startsWith("applied ") ? 1 : 0;
            }
            assertThat(applied).isEqualTo(1);
        }
        finally {
            pool.shutdownNow();
        }
        assertThat(raisedThisMonth()).isEqualTo(before + 1_000);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM donation_history").query(Long.class).single())
                .isEqualTo(historyBefore + 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> TestMailServer.messagesTo(donor).size() == 1);
        Thread.sleep(500);
        assertThat(TestMailServer.messagesTo(donor)).hasSize(1);

        applied(SignedEvents.deliver(port, SignedEvents.event("charge.refunded",
                SignedEvents.charge(intent, 1_000, 1_000))), "applied");
    }

    @Test
    void aMonthlyGift_countsItsFirstMonthOnce_inEitherOrder_thenEachRenewal_andStopsFromItsReceipt() throws Exception {
        StripeStandIn.Opened checkout = gifts.begin("other", "7.50", "monthly", "Иван");
        assertThat(checkout.params()).containsEntry("mode", "subscription")
                .containsEntry("line_items[0][price_data][recurring][interval]", "month")
                .containsEntry("line_items[0][price_data][unit_amount]", "750")
                .containsEntry("subscription_data[metadata][donation]", checkout.metadata("donation"));
        String donation = checkout.metadata("donation");
        String subscription = SignedEvents.newId("sub");
        String firstInvoice = SignedEvents.newId("in");
        String donor = email();
        long before = raisedThisMonth();

        // The first invoice's event comes before the checkout's: the gift is paid once, not twice.
        applied(SignedEvents.deliver(port, SignedEvents.event("invoice.paid", SignedEvents.invoice(firstInvoice,
                "subscription_create", 750, "gbp", subscription, donation, donor, now()))), "applied");
        applied(SignedEvents.deliver(port, SignedEvents.event("checkout.session.completed", SignedEvents.session(
                checkout.id(), "subscription", "paid", donation, null, firstInvoice, subscription, donor, "Иван"))),
                "applied");
        assertThat(gifts.rowsOfMonthly(donation)).isEqualTo(1);
        assertThat(gifts.row(donation).status()).isEqualTo("succeeded");
        assertThat(raisedThisMonth()).isEqualTo(before + 750);

        // A renewal, delivered twice under two event ids (Stripe may): one more gift.
        String renewal = SignedEvents.newId("in");
        String renewed = SignedEvents.invoice(renewal, "subscription_cycle", 750, "gbp", subscription, donation, donor, now());
        applied(SignedEvents.deliver(port, SignedEvents.event("invoice.paid", renewed)), "applied");
        applied(SignedEvents.deliver(port, SignedEvents.event("invoice.paid", renewed)), "applied");
        assertThat(gifts.rowsOfMonthly(donation)).isEqualTo(2);
        assertThat(raisedThisMonth()).isEqualTo(before + 1_500);

        // The renewal refunded: its charge names a payment intent, and Stripe says which invoice it paid.
        String renewalIntent = SignedEvents.newId("pi");
        StripeStandIn.intentPaidInvoice(renewalIntent, renewal);
        applied(SignedEvents.deliver(port, SignedEvents.event("charge.refunded",
                SignedEvents.charge(renewalIntent, 750, 750))), "applied");
        assertThat(raisedThisMonth()).isEqualTo(before + 750);

        // Two receipts, each with the signed link that stops the gift.
        await().atMost(Duration.ofSeconds(20)).until(() -> TestMailServer.messagesTo(donor).size() == 2);
        String text = TestMailServer.text(TestMailServer.messagesTo(donor).get(0));
        Matcher link = Pattern.compile("https://news\\.example\\.test(/support/monthly/\\d+/stop\\?s=[A-Za-z0-9_-]+)")
                .matcher(text);
        assertThat(link.find()).as(text).isTrue();
        Session reader = new Session(port);
        assertThat(reader.get(link.group(1)).body()).contains("You give", "£7.50");
        assertThat(reader.get(link.group(1).replaceAll("s=.{4}", "s=AAAA")).statusCode()).isEqualTo(404);
        HttpResponse<String> stopped = reader.postRaw(link.group(1));
        assertThat(stopped.statusCode()).isEqualTo(200);
        assertThat(stopped.body()).contains("Your monthly gift is stopped");
        assertThat(StripeStandIn.cancelled(subscription)).isTrue();
        assertThat(gifts.row(donation).endedAt()).isNotNull();

        // Stripe's own notice of the end changes nothing more.
        applied(SignedEvents.deliver(port, SignedEvents.event("customer.subscription.deleted",
                SignedEvents.subscription(subscription, donation, now()))), "applied");

        String firstIntent = SignedEvents.newId("pi");
        StripeStandIn.intentPaidInvoice(firstIntent, firstInvoice);
        applied(SignedEvents.deliver(port, SignedEvents.event("charge.refunded",
                SignedEvents.charge(firstIntent, 750, 750))), "applied");
        assertThat(raisedThisMonth()).isEqualTo(before);
    }

    @Test
    void aRefundBeforeItsPayment_andAFailedPayment_leaveTheLedgerRight() {
        long before = raisedThisMonth();
        StripeStandIn.Opened refundedFirst = gifts.begin("10", "", "one-time", "");
        String intent = SignedEvents.newId("pi");
        applied(SignedEvents.deliver(port, SignedEvents.event("charge.refunded",
                SignedEvents.charge(intent, 1_000, 400))), "applied");
        applied(SignedEvents.deliver(port, SignedEvents.event("checkout.session.completed", SignedEvents.session(
                refundedFirst.id(), "payment", "paid", refundedFirst.metadata("donation"), intent, null, null, null,
                null))), "applied");
        assertThat(gifts.row(refundedFirst.metadata("donation")).refundedMinor()).isEqualTo(400);
        assertThat(raisedThisMonth()).isEqualTo(before + 600);

        // A monthly gift's first payment refunded before Stripe's word of the payment: kept by its invoice.
        StripeStandIn.Opened monthly = gifts.begin("10", "", "monthly", "");
        String invoice = SignedEvents.newId("in");
        String monthlyIntent = SignedEvents.newId("pi");
        StripeStandIn.intentPaidInvoice(monthlyIntent, invoice);
        applied(SignedEvents.deliver(port, SignedEvents.event("charge.refunded",
                SignedEvents.charge(monthlyIntent, 1_000, 1_000))), "applied");
        applied(SignedEvents.deliver(port, SignedEvents.event("invoice.paid", SignedEvents.invoice(invoice,
                "subscription_create", 1_000, "gbp", SignedEvents.newId("sub"), monthly.metadata("donation"), null,
                now()))), "applied");
        assertThat(gifts.row(monthly.metadata("donation")).status()).isEqualTo("refunded");

        // A bank debit still clearing when its refund is reported: the refund waits for the payment.
        StripeStandIn.Opened clearing = gifts.begin("25", "", "one-time", "");
        String clearingIntent = SignedEvents.newId("pi");
        applied(SignedEvents.deliver(port, SignedEvents.event("checkout.session.completed", SignedEvents.session(
                clearing.id(), "payment", "unpaid", clearing.metadata("donation"), clearingIntent, null, null, null,
                null))), "applied");
        applied(SignedEvents.deliver(port, SignedEvents.event("charge.refunded",
                SignedEvents.charge(clearingIntent, 2_500, 500))), "applied");
        applied(SignedEvents.deliver(port, SignedEvents.event("checkout.session.async_payment_succeeded",
                SignedEvents.session(clearing.id(), "payment", "paid", clearing.metadata("donation"), clearingIntent,
                        null, null, null, null))), "applied");
        assertThat(gifts.row(clearing.metadata("donation")).refundedMinor()).isEqualTo(500);
        assertThat(raisedThisMonth()).isEqualTo(before + 600 + 2_000);
        applied(SignedEvents.deliver(port, SignedEvents.event("charge.refunded",
                SignedEvents.charge(clearingIntent, 2_500, 2_500))), "applied");

        StripeStandIn.Opened failing = gifts.begin("5", "", "one-time", "");
        String failed = failing.metadata("donation");
        applied(SignedEvents.deliver(port, SignedEvents.event("checkout.session.async_payment_failed",
                SignedEvents.session(failing.id(), "payment", "unpaid", failed, SignedEvents.newId("pi"), null, null,
                        null, null))), "applied");
        assertThat(gifts.row(failed).status()).isEqualTo("failed");
        assertThat(raisedThisMonth()).isEqualTo(before + 600);

        applied(SignedEvents.deliver(port, SignedEvents.event("charge.refunded",
                SignedEvents.charge(intent, 1_000, 1_000))), "applied");
        assertThat(raisedThisMonth()).isEqualTo(before);
    }

    @Test
    void paymentsAndTheirRefunds_arrivingAtTheSameMoment_alwaysMeet() throws Exception {
        long before = raisedThisMonth();
        List<StripeStandIn.Opened> checkouts = new ArrayList<>();
        List<String> deliveries = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            StripeStandIn.Opened checkout = gifts.begin("10", "", "one-time", "");
            String intent = SignedEvents.newId("pi");
            checkouts.add(checkout);
            deliveries.add(SignedEvents.event("checkout.session.completed", SignedEvents.session(checkout.id(),
                    "payment", "paid", checkout.metadata("donation"), intent, null, null, null, null)));
            deliveries.add(SignedEvents.event("charge.refunded", SignedEvents.charge(intent, 1_000, 300)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(40);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (String delivery : deliveries) {
                answers.add(pool.submit(() -> SignedEvents.deliver(port, delivery)));
            }
            for (Future<HttpResponse<String>> answer : answers) {
                applied(answer.get(), "applied");
            }
        }
        finally {
            pool.shutdownNow();
        }
        for (StripeStandIn.Opened checkout : checkouts) {
            Gifts.Row row = gifts.row(checkout.metadata("donation"));
            assertThat(row.status()).isEqualTo("succeeded");
            assertThat(row.refundedMinor()).as("gift " + checkout.metadata("donation")).isEqualTo(300);
        }
        assertThat(raisedThisMonth()).isEqualTo(before + 20 * 700);
        for (StripeStandIn.Opened checkout : checkouts) {
            funding.refund(Long.parseLong(checkout.metadata("donation")), 1_000, "test:undo");
        }
    }

    @Test
    void aPaymentCountsInTheMonthItWasPaid_inThePublicationsTimeZone() {
        ZoneId zone = publishing.publication().timeZone();
        YearMonth month = YearMonth.of(1600 + (int) (Math.random() * 100), 6);
        funding.setMonthlyGoal(100_000, "GBP", month);
        long lastSecond = month.plusMonths(1).atDay(1).atStartOfDay(zone).toEpochSecond() - 1;

        StripeStandIn.Opened june = gifts.begin("10", "", "one-time", "");
        applied(SignedEvents.deliver(port, SignedEvents.event(SignedEvents.newId("evt"), "checkout.session.completed",
                lastSecond, SignedEvents.session(june.id(), "payment", "paid", june.metadata("donation"),
                        SignedEvents.newId("pi"), null, null, null, null))), "applied");
        StripeStandIn.Opened july = gifts.begin("25", "", "one-time", "");
        applied(SignedEvents.deliver(port, SignedEvents.event(SignedEvents.newId("evt"), "checkout.session.completed",
                lastSecond + 1, SignedEvents.session(july.id(), "payment", "paid", july.metadata("donation"),
                        SignedEvents.newId("pi"), null, null, null, null))), "applied");

        assertThat(funding.progress(month).orElseThrow().raisedMinor()).isEqualTo(1_000);
        assertThat(funding.progress(month.plusMonths(1)).orElseThrow().raisedMinor()).isEqualTo(2_500);
    }

    @Test
    void badAndStaleSignatures_unknownEvents_andBadBodies_areAnswered_andChangeNothing() {
        StripeStandIn.Opened checkout = gifts.begin("10", "", "one-time", "");
        String donation = checkout.metadata("donation");
        String event = SignedEvents.event("checkout.session.completed", SignedEvents.session(checkout.id(), "payment",
                "paid", donation, SignedEvents.newId("pi"), null, null, null, null));
        long count = gifts.count();

        HttpResponse<String> forged = SignedEvents.deliver(port, event,
                SignedEvents.signature(event, now(), "whsec_someone_else"));
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("signature does not match");
        HttpResponse<String> stale = SignedEvents.deliver(port, event,
                SignedEvents.signature(event, now() - 600, StripeStandIn.WEBHOOK_SECRET));
        assertThat(stale.statusCode()).isEqualTo(400);
        HttpResponse<String> tampered = SignedEvents.deliver(port, event.replace("\"paid\"", "\"paid\" "),
                SignedEvents.signature(event, now(), StripeStandIn.WEBHOOK_SECRET));
        assertThat(tampered.statusCode()).isEqualTo(400);
        assertThat(SignedEvents.deliver(port, event, null).body()).contains("Stripe-Signature header is missing");
        assertThat(SignedEvents.deliver(port, "{not json").statusCode()).isEqualTo(400);
        assertThat(SignedEvents.deliver(port, "").statusCode()).isEqualTo(400);
        assertThat(gifts.row(donation).status()).isEqualTo("pending");

        // An event Masthead does not keep, or about a payment that is not a gift: acknowledged, ignored.
        applied(SignedEvents.deliver(port, SignedEvents.event("customer.created", "{\"id\":\"cus_1\",\"object\":\"customer\"}")),
                "ignored");
        applied(SignedEvents.deliver(port, SignedEvents.event("checkout.session.completed", SignedEvents.session(
                SignedEvents.newId("cs"), "payment", "paid", "999999999", "pi_elsewhere", null, null, null, null))),
                "ignored");
        // Signed, named for a session, carrying an invoice: refused with a reason, not a 500.
        HttpResponse<String> mismatched = SignedEvents.deliver(port, SignedEvents.event("checkout.session.completed",
                SignedEvents.invoice(SignedEvents.newId("in"), "subscription_cycle", 100, "gbp", "sub_x", donation, null, now())));
        assertThat(mismatched.statusCode()).isEqualTo(422);
        assertThat(gifts.count()).isEqualTo(count);
        assertThat(gifts.row(donation).status()).isEqualTo("pending");
    }
}
