package org.masthead.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.DatabaseTest;
import org.masthead.Http;
import org.masthead.Session;
import org.masthead.StripeStandIn;
import org.masthead.TestAccounts;
import org.masthead.accounts.Accounts;
import org.masthead.accounts.Member;
import org.masthead.accounts.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rest of the newsroom's funding pages: campaigns from start to close, every gift with filters and
 * as CSV, what the support page offers, the donor wall, and stopping the monthly goal.
 */
@DatabaseTest
class FundingDesk_CampaignsAndDonationsTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Funding funding;

    @Autowired
    JdbcClient jdbc;

    Gifts gifts;

    @BeforeEach
    void gifts() {
        gifts = new Gifts(port, jdbc);
    }

    private Session editor() {
        Member member = TestAccounts.with(accounts, Role.EDITOR);
        Session session = new Session(port);
        assertThat(session.signIn(member.email(), TestAccounts.PASSWORD)).isTrue();
        session.get("/newsroom/funding");
        return session;
    }

    private void paid(StripeStandIn.Opened checkout) {
        HttpResponse<String> applied = SignedEvents.deliver(port, SignedEvents.event("checkout.session.completed",
                SignedEvents.session(checkout.id(), "payment", "paid", checkout.metadata("donation"),
                        SignedEvents.newId("pi"), null, null, null, null)));
        assertThat(applied.body()).startsWith("applied ");
    }

    @Test
    void aCampaignRuns_showsOnTheSupportPageWithWhatItRaised_isEdited_andClosed() {
        Session editor = editor();
        String title = "Ёлочный призыв " + UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = funding.today();
        HttpResponse<String> refused = editor.post("/newsroom/funding/campaigns", "title", title, "amount", "2000",
                "currency", "GBP", "startsOn", today.toString(), "endsOn", today.minusDays(1).toString());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.body()).getElementById("campaign-ends-error").text())
                .isEqualTo("A campaign ends on or after the day it starts.");
        assertThat(Jsoup.parse(refused.body()).getElementById("campaign-title").attr("value")).isEqualTo(title);
        assertThat(editor.post("/newsroom/funding/campaigns", "title", " ", "amount", "2000", "currency", "GBP",
                "startsOn", today.toString(), "endsOn", today.toString()).statusCode()).isEqualTo(400);

        HttpResponse<String> started = editor.post("/newsroom/funding/campaigns", "title", title, "amount", "2000",
                "currency", "GBP", "startsOn", today.toString(), "endsOn", today.plusDays(20).toString());
        assertThat(Session.location(started)).endsWith("?done=campaign");
        long id = jdbc.sql("SELECT id FROM funding_goals WHERE title = :t").param("t", title).query(Long.class).single();

        // Every gift paid in its days counts, this one among them.
        long before = raised(id);
        StripeStandIn.Opened gift = gifts.begin("25", "", "one-time", "");
        paid(gift);
        assertThat(raised(id)).isEqualTo(before + 2_500);
        String figure = String.format(java.util.Locale.UK, "£%,d", (before + 2_500) / 100);
        await().atMost(Duration.ofSeconds(10)).until(() -> new Http(port).page("/support")
                .select(".campaign--public").text().contains(title + " " + figure + " raised of £2,000"));

        Document edit = Jsoup.parse(editor.get("/newsroom/funding?edit=" + id).body());
        assertThat(edit.getElementById("campaign-amount").attr("value")).isEqualTo("2000");
        assertThat(Session.location(editor.post("/newsroom/funding/campaigns", "id", Long.toString(id), "title", title,
                "amount", "1000", "currency", "GBP", "startsOn", today.toString(), "endsOn", today.plusDays(20).toString())))
                .endsWith("?done=campaign");
        await().atMost(Duration.ofSeconds(10)).until(() -> new Http(port).page("/support")
                .select(".campaign--public").text().contains(figure + " raised of £1,000"));

        assertThat(Session.location(editor.post("/newsroom/funding/campaigns/" + id + "/close")))
                .endsWith("?done=campaign-closed");
        await().atMost(Duration.ofSeconds(10)).until(() -> !new Http(port).page("/support")
                .select(".campaign--public").text().contains(title));
        assertThat(Jsoup.parse(editor.get("/newsroom/funding").body()).select(".campaign").text())
                .contains(title, figure + " raised of £1,000");
        assertThat(editor.post("/newsroom/funding/campaigns/99999999/close").statusCode()).isEqualTo(404);
        paidBack(gift);
    }

    @Test
    void everyGift_isListedWithFilters_andExportedAsCsvThatASpreadsheetCannotRun() throws Exception {
        Session editor = editor();
        String donor = "=HYPERLINK(\"http://evil.example\") Σπύρος " + UUID.randomUUID().toString().substring(0, 6);
        String day = funding.today().toString();
        editor.post("/newsroom/funding/gifts", "amount", "40", "currency", "GBP", "paidOn", day, "donorName", donor,
                "donorEmail", "", "note", "Чек, номер 12");
        StripeStandIn.Opened online = gifts.begin("5", "", "one-time", "");

        Document offline = Jsoup.parse(editor.get("/newsroom/funding/donations?through=offline&month="
                + funding.currentMonth()).body());
        assertThat(offline.select("tbody tr").text()).contains(donor, "£40", "By hand", "Чек, номер 12");
        assertThat(offline.select("tbody tr").text()).doesNotContain("Stripe");
        Document pending = Jsoup.parse(editor.get("/newsroom/funding/donations?status=pending&through=stripe").body());
        assertThat(pending.select("tbody tr").first().text()).contains("£5", "Stripe", "Awaiting payment");
        assertThat(editor.get("/newsroom/funding/donations?status=lost").statusCode()).isEqualTo(400);
        assertThat(editor.get("/newsroom/funding/donations?month=someday").statusCode()).isEqualTo(400);

        HttpResponse<String> csv = editor.get("/newsroom/funding/donations.csv?through=offline");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("donations.csv");
        String text = new String(csv.body().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFid,created,paid,through,kind,status,amount,refunded,currency,donor");
        String line = text.lines().filter(l -> l.contains("Σπύρος")).findFirst().orElseThrow();
        assertThat(line).contains(",offline,one-time,succeeded,40.00,0.00,GBP,\"'=HYPERLINK(\"\"http://evil.example\"\")",
                "\"Чек, номер 12\"");
        assertThat(text).doesNotContain(",stripe,");
        assertThat(online.metadata("donation")).isNotNull();
        long id = jdbc.sql("SELECT id FROM donations WHERE donor_name = :d").param("d", donor).query(Long.class).single();
        funding.refund(id, 4_000, "test:undo");
    }

    @Test
    void theNewsroomChoosesWhatTheSupportPageOffers_andWhetherTheWallShows() {
        Session editor = editor();
        try {
            HttpResponse<String> bad = editor.post("/newsroom/funding/settings", "currency", "GBP", "presets", "0, 5",
                    "minimum", "1", "maximum", "500", "donorWall", "true");
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(Jsoup.parse(bad.body()).getElementById("offer-presets-error").text()).contains("whole numbers");
            assertThat(editor.post("/newsroom/funding/settings", "currency", "GBP", "presets", "5", "minimum", "10",
                    "maximum", "2").statusCode()).isEqualTo(400);
            assertThat(editor.post("/newsroom/funding/settings", "currency", "ZZZ", "presets", "5", "minimum", "1",
                    "maximum", "20").statusCode()).isEqualTo(400);

            assertThat(Session.location(editor.post("/newsroom/funding/settings", "currency", "GBP", "presets",
                    "15, 3; 7", "minimum", "2", "maximum", "500"))).endsWith("?done");
            await().atMost(Duration.ofSeconds(10)).until(() -> new Http(port).page("/support")
                    .select(".give__choice input[name=amount]").eachAttr("value").equals(java.util.List.of("3", "7", "15", "other")));
            Document support = new Http(port).page("/support");
            assertThat(support.selectFirst("#amount-bounds").text()).startsWith("From £2 to £500.");
            assertThat(support.select("#wall-name")).isEmpty();
            assertThat(new Http(port).get("/support/donors").statusCode()).isEqualTo(404);
        }
        finally {
            editor.post("/newsroom/funding/settings", "currency", "USD", "presets", "5, 10, 25, 100", "minimum", "1",
                    "maximum", "10000", "donorWall", "true", "wallMessages", "true");
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> new Http(port).get("/support/donors").statusCode() == 200);
    }

    @Test
    void theDonorWall_namesThoseWhoPaidAndAskedToBeNamed_withTheirMessages() {
        String name = "Ahmad أحمد " + UUID.randomUUID().toString().substring(0, 6);
        Session reader = new Session(port);
        HttpResponse<String> sent = reader.postRaw("/support", "amount", "10", "frequency", "one-time", "wallName", name,
                "message", "Keep going <b>please</b>", "attempt", UUID.randomUUID().toString());
        StripeStandIn.Opened named = StripeStandIn.sessionAt(Session.location(sent));
        StripeStandIn.Opened unpaid = gifts.begin("10", "", "one-time", name + " unpaid");
        StripeStandIn.Opened anonymous = gifts.begin("10", "", "one-time", "");
        paid(named);
        paid(anonymous);
        await().atMost(Duration.ofSeconds(10)).until(() -> new Http(port).page("/support/donors")
                .select(".donor-wall").text().contains(name));
        Document wall = new Http(port).page("/support/donors");
        var entry = wall.select(".donor-wall li").stream().filter(li -> li.text().contains(name)).findFirst().orElseThrow();
        assertThat(entry.selectFirst(".donor-wall__message").text()).isEqualTo("Keep going <b>please</b>");
        assertThat(entry.select("b")).isEmpty();
        assertThat(wall.text()).doesNotContain(name + " unpaid");
        assertThat(unpaid.metadata("donation")).isNotNull();
        paidBack(named);
        paidBack(anonymous);
    }

    @Test
    void stoppingTheMonthlyGoal_hidesTheBar_untilAGoalIsSetAgain() {
        Session editor = editor();
        Funding.Progress before = funding.progress(funding.currentMonth()).orElseThrow();
        try {
            assertThat(Session.location(editor.post("/newsroom/funding/goal/stop"))).endsWith("?done=goal-stopped");
            assertThat(funding.progress(funding.currentMonth())).isEmpty();
            await().atMost(Duration.ofSeconds(10)).until(() -> new Http(port).page("/").select(".goal-bar").isEmpty());
        }
        finally {
            funding.setMonthlyGoal(before.goal().amountMinor(), before.goal().currency(), funding.currentMonth());
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> !new Http(port).page("/").select(".goal-bar").isEmpty());
    }

    private long raised(long campaign) {
        return funding.campaigns(100).stream().filter(c -> c.campaign().id() == campaign).findFirst().orElseThrow()
                .raisedMinor();
    }

    /** Given back, so the bar reads for later tests as the demo set it. */
    private void paidBack(StripeStandIn.Opened checkout) {
        long id = Long.parseLong(checkout.metadata("donation"));
        Gifts.Row row = gifts.row(id);
        funding.refund(id, row.amountMinor(), "test:undo");
    }
}
