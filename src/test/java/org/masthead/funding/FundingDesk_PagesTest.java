package org.masthead.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.masthead.DatabaseTest;
import org.masthead.Session;
import org.masthead.TestAccounts;
import org.masthead.accounts.Accounts;
import org.masthead.accounts.Member;
import org.masthead.accounts.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The newsroom's funding page: editors set the goal and record gifts received by hand; nobody else may. */
@DatabaseTest
class FundingDesk_PagesTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Funding funding;

    @Autowired
    JdbcClient jdbc;

    private Session signedIn(Role role) {
        Member member = TestAccounts.with(accounts, role);
        Session session = new Session(port);
        assertThat(session.signIn(member.email(), TestAccounts.PASSWORD)).isTrue();
        return session;
    }

    private long gifts() {
        return jdbc.sql("SELECT COUNT(*) FROM donations").query(Long.class).single();
    }

    private long goals() {
        return jdbc.sql("SELECT COUNT(*) FROM funding_goals").query(Long.class).single();
    }

    @Test
    void anEditorSetsAGoal_andRecordsAGift_inAnyScript_andSeesItListed() {
        Session editor = signedIn(Role.EDITOR);
        Document page = Jsoup.parse(editor.get("/newsroom/funding").body());
        assertThat(page.select("nav a[href=/newsroom/funding]").first().text()).isEqualTo("Funding");
        assertThat(page.getElementById("goal-from").attr("value")).isEqualTo(funding.currentMonth().toString());

        // A goal far back, so that the demo's goal still holds this month for the other tests.
        YearMonth from = YearMonth.of(1600 + (int) (Math.random() * 100), 1);
        HttpResponse<String> set = editor.post("/newsroom/funding/goal", "amount", "7,500.00", "currency", "eur",
                "from", from.toString());
        assertThat(Session.location(set)).endsWith("/newsroom/funding?done=goal");
        Funding.Progress progress = funding.progress(from).orElseThrow();
        assertThat(progress.goal().amountMinor()).isEqualTo(750_000);
        assertThat(progress.goal().currency()).isEqualTo("EUR");
        jdbc.sql("DELETE FROM funding_goals WHERE id = :id").param("id", progress.goal().id()).update();

        String donor = "Дмитрий 王 " + UUID.randomUUID().toString().substring(0, 6);
        String day = LocalDate.now().minusYears(1).withDayOfMonth(10).toString();
        HttpResponse<String> gift = editor.post("/newsroom/funding/gifts", "amount", "125.50", "currency", "EUR",
                "paidOn", day, "donorName", donor, "donorEmail", "", "note", "Virement bancaire — Σημείωση");
        assertThat(Session.location(gift)).endsWith("/newsroom/funding?done=gift");
        Document after = Jsoup.parse(editor.get("/newsroom/funding?done=gift").body());
        assertThat(after.select(".notice").text()).isEqualTo("The gift is recorded.");
        var row = after.select("tbody tr").stream().filter(r -> r.text().contains(donor)).findFirst().orElseThrow();
        assertThat(row.text()).contains("€125.50", "By hand", "Paid", "Virement bancaire — Σημείωση");
        assertThat(jdbc.sql("SELECT recorded_by FROM donations WHERE donor_name = :donor").param("donor", donor)
                .query(Long.class).single()).isNotNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM donation_history h JOIN donations d ON d.id = h.donation_id "
                + "WHERE d.donor_name = :donor").param("donor", donor).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void badInput_isAnsweredBesideItsField_andNothingIsStored() {
        Session editor = signedIn(Role.OWNER);
        editor.get("/newsroom/funding");
        long before = gifts();
        String today = LocalDate.now().toString();
        record Case(String path, String[] fields, String field, String says) {
        }
        List<Case> cases = List.of(
                new Case("/newsroom/funding/gifts", new String[] { "amount", "abc", "currency", "GBP", "paidOn", today,
                        "donorName", "A" }, "gift-amount", "as a number"),
                new Case("/newsroom/funding/gifts", new String[] { "amount", "-5", "currency", "GBP", "paidOn", today,
                        "donorName", "A" }, "gift-amount", "as a number"),
                new Case("/newsroom/funding/gifts", new String[] { "amount", "1.234", "currency", "GBP", "paidOn", today,
                        "donorName", "A" }, "gift-amount", "at most 2 decimals"),
                new Case("/newsroom/funding/gifts", new String[] { "amount", "10.5", "currency", "JPY", "paidOn", today,
                        "donorName", "A" }, "gift-amount", "no decimals"),
                new Case("/newsroom/funding/gifts", new String[] { "amount", "0", "currency", "GBP", "paidOn", today,
                        "donorName", "A" }, "gift-amount", "more than nothing"),
                new Case("/newsroom/funding/gifts", new String[] { "amount", "99999999999999", "currency", "GBP", "paidOn",
                        today, "donorName", "A" }, "gift-amount", "as a number"),
                new Case("/newsroom/funding/gifts", new String[] { "amount", "10", "currency", "pounds", "paidOn", today,
                        "donorName", "A" }, "gift-currency", "not a currency code"),
                new Case("/newsroom/funding/gifts", new String[] { "amount", "10", "currency", "GBP", "paidOn", "yesterday",
                        "donorName", "A" }, "gift-day", "Give the day the gift was paid"),
                new Case("/newsroom/funding/gifts", new String[] { "amount", "10", "currency", "GBP", "paidOn",
                        LocalDate.now().plusDays(3).toString(), "donorName", "A" }, "gift-day", "still to come"),
                new Case("/newsroom/funding/gifts", new String[] { "amount", "10", "currency", "GBP", "paidOn", today,
                        "donorName", " " }, "gift-donor", "Give the donor's name"),
                new Case("/newsroom/funding/gifts", new String[] { "amount", "10", "currency", "GBP", "paidOn", today,
                        "donorName", "Ω".repeat(201) }, "gift-donor", "in 1 to 200 characters"),
                new Case("/newsroom/funding/gifts", new String[] { "amount", "10", "currency", "GBP", "paidOn", today,
                        "donorName", "A", "donorEmail", "not an address" }, "gift-email", "such as name@example.org"),
                new Case("/newsroom/funding/gifts", new String[] { "amount", "10", "currency", "GBP", "paidOn", today,
                        "donorName", "A", "note", "x".repeat(1001) }, "gift-note", "at most 1000 characters"),
                new Case("/newsroom/funding/gifts", new String[] { "amount", "1000000001", "currency", "GBP", "paidOn",
                        today, "donorName", "A" }, "gift-amount", "at most a billion GBP"),
                new Case("/newsroom/funding/gifts", new String[] { "amount", "1,2345", "currency", "GBP", "paidOn", today,
                        "donorName", "A" }, "gift-amount", "as a number"),
                new Case("/newsroom/funding/gifts", new String[] { "amount", "10", "currency", "XAU", "paidOn", today,
                        "donorName", "A" }, "gift-currency", "not a currency code"),
                new Case("/newsroom/funding/gifts", new String[] { "amount", "10", "currency", "GBP", "paidOn",
                        "-300000000-01-01", "donorName", "A" }, "gift-day", "from the year 1 on"),
                new Case("/newsroom/funding/goal", new String[] { "amount", "5000", "currency", "GBP", "from", "+99999-01" },
                        "goal-from", "from 1 to 9999"),
                new Case("/newsroom/funding/goal", new String[] { "amount", "5000", "currency", "GBP", "from", "soon" },
                        "goal-from", "such as 2026-11"),
                new Case("/newsroom/funding/goal", new String[] { "amount", "", "currency", "GBP", "from", "2026-11" },
                        "goal-amount", "as a number"),
                new Case("/newsroom/funding/goal", new String[] { "amount", "5000", "currency", "", "from", "2026-11" },
                        "goal-currency", "not a currency code"));
        Funding.Progress month = funding.progress(funding.currentMonth()).orElseThrow();
        long goalsBefore = goals();
        for (Case c : cases) {
            HttpResponse<String> response = editor.post(c.path(), c.fields());
            assertThat(response.statusCode()).as(String.join(" ", c.fields())).isEqualTo(400);
            Document shown = Jsoup.parse(response.body());
            assertThat(shown.select("#" + c.field() + "-error").text()).as(c.field()).contains(c.says());
            assertThat(shown.getElementById(c.field()).attr("aria-invalid")).isEqualTo("true");
        }
        // Characters that are not text are refused before any page sees them.
        assertThat(editor.post("/newsroom/funding/gifts", "amount", "10", "currency", "GBP", "paidOn", today,
                "donorName", "A", "note", "before\u0000after").statusCode()).isEqualTo(400);
        assertThat(gifts()).isEqualTo(before);
        assertThat(goals()).isEqualTo(goalsBefore);
        assertThat(funding.progress(funding.currentMonth()).orElseThrow()).isEqualTo(month);
    }

    @Test
    void onlyOwnersAndEditors_mayOpenItOrWriteThroughIt() {
        long before = gifts();
        long goalsBefore = goals();
        for (Role role : List.of(Role.AUTHOR, Role.CONTRIBUTOR, Role.MODERATOR, Role.READER)) {
            Session other = signedIn(role);
            assertThat(other.get("/newsroom/funding").statusCode()).as(role.name()).isEqualTo(403);
            if (role.writes()) {
                // Staff who may use the newsroom see no entry for it.
                assertThat(Jsoup.parse(other.get("/newsroom").body()).select("a[href=/newsroom/funding]")).isEmpty();
            }
            other.get("/account"); // a page with a form, so the writes below carry a real token
            assertThat(other.post("/newsroom/funding/gifts", "amount", "10", "currency", "GBP", "paidOn",
                    LocalDate.now().toString(), "donorName", "Someone").statusCode()).as(role.name()).isEqualTo(403);
            assertThat(other.post("/newsroom/funding/goal", "amount", "10", "currency", "GBP", "from", "2026-11")
                    .statusCode()).as(role.name()).isEqualTo(403);
            assertThat(other.post("/newsroom/funding/goal/stop").statusCode()).as(role.name()).isEqualTo(403);
            assertThat(other.post("/newsroom/funding/campaigns", "title", "Appeal", "amount", "10", "currency", "GBP",
                    "startsOn", "2026-01-01", "endsOn", "2026-01-02").statusCode()).as(role.name()).isEqualTo(403);
            assertThat(other.post("/newsroom/funding/settings", "currency", "GBP", "presets", "1", "minimum", "1",
                    "maximum", "2").statusCode()).as(role.name()).isEqualTo(403);
            for (String page : List.of("/newsroom/funding/donations", "/newsroom/funding/donations.csv",
                    "/newsroom/funding/settings")) {
                assertThat(other.get(page).statusCode()).as(role.name() + " " + page).isEqualTo(403);
            }
        }
        Session anonymous = new Session(port);
        assertThat(anonymous.get("/newsroom/funding").statusCode()).isEqualTo(302);
        assertThat(anonymous.post("/newsroom/funding/gifts", "amount", "10", "currency", "GBP", "paidOn",
                LocalDate.now().toString(), "donorName", "Someone").statusCode()).isIn(302, 403);
        assertThat(gifts()).isEqualTo(before);
        assertThat(goals()).isEqualTo(goalsBefore);
    }
}
