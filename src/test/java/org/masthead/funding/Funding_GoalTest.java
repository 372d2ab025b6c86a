package org.masthead.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.masthead.DatabaseTest;
import org.masthead.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Goals, gifts counted in the publication's months, and the bar above every page. */
@DatabaseTest
class Funding_GoalTest {

    @LocalServerPort
    int port;

    @Autowired
    Funding funding;

    /**
     * A month of this test's own, long before the demo's goal: each test has its own century, and
     * each run its own year in it (the PostgreSQL database may have seen earlier runs).
     */
    private static YearMonth ownMonth(int century) {
        return YearMonth.of(century + ThreadLocalRandom.current().nextInt(0, 100), 3);
    }

    private static Funding.OfflineGift gift(long minor, String currency, LocalDate day) {
        return new Funding.OfflineGift(minor, currency, day, "Ана Петрова", "ana@example.org", "Bank transfer", null);
    }

    @Test
    void aMonthlyGoal_repeatsUntilReplaced_andCountsTheGiftsPaidInEachMonth_netOfRefunds() {
        YearMonth march = ownMonth(1200);
        funding.setMonthlyGoal(500_000, "usd", march);

        funding.recordOffline(gift(10_000, "USD", march.atDay(1)));
        long refunded = funding.recordOffline(gift(4_000, "USD", march.atEndOfMonth()));
        funding.recordOffline(gift(7_000, "USD", march.plusMonths(1).atDay(1)));
        funding.recordOffline(gift(99_000, "EUR", march.atDay(15)));
        funding.refund(refunded, 1_500, "offline:test");

        Funding.Progress progress = funding.progress(march).orElseThrow();
        assertThat(progress.goal().currency()).isEqualTo("USD");
        assertThat(progress.raisedMinor()).isEqualTo(10_000 + 4_000 - 1_500);
        assertThat(funding.progress(march.plusMonths(1)).orElseThrow().raisedMinor()).isEqualTo(7_000);
        assertThat(funding.progress(march.plusMonths(5)).orElseThrow().goal().amountMinor()).isEqualTo(500_000);

        funding.setMonthlyGoal(300_000, "USD", march.plusMonths(2));
        assertThat(funding.progress(march.plusMonths(1)).orElseThrow().goal().amountMinor()).isEqualTo(500_000);
        assertThat(funding.progress(march.plusMonths(2)).orElseThrow().goal().amountMinor()).isEqualTo(300_000);

        // Refunded in full: nothing of it counts. The figure is the total given back, so the same
        // report twice, or a smaller one arriving late, changes nothing.
        funding.refund(refunded, 4_000, "offline:test");
        funding.refund(refunded, 4_000, "offline:test");
        funding.refund(refunded, 1_500, "offline:test");
        assertThat(funding.progress(march).orElseThrow().raisedMinor()).isEqualTo(10_000);
    }

    @Test
    void badAmountsCurrenciesAndRefunds_areRefusedWithASentence_andNothingIsCounted() {
        // Before any goal, there is nothing to show.
        assertThat(funding.progress(YearMonth.of(1100, 1))).isEmpty();
        YearMonth month = ownMonth(1400);
        funding.setMonthlyGoal(100_000, "GBP", month);
        long gift = funding.recordOffline(gift(2_000, "GBP", month.atDay(2)));

        assertThatThrownBy(() -> funding.recordOffline(gift(0, "GBP", month.atDay(3))))
                .hasMessage("An amount must be more than nothing and at most a billion GBP.");
        assertThatThrownBy(() -> funding.recordOffline(gift(-500, "GBP", month.atDay(3))))
                .isInstanceOf(FundingProblem.class);
        assertThatThrownBy(() -> funding.recordOffline(gift(Long.MAX_VALUE, "GBP", month.atDay(3))))
                .isInstanceOf(FundingProblem.class);
        assertThatThrownBy(() -> funding.recordOffline(gift(500, "pounds", month.atDay(3))))
                .hasMessage("“pounds” is not a currency code such as USD, EUR or GBP.");
        assertThatThrownBy(() -> funding.setMonthlyGoal(100, "XQQ", month)).hasMessageContaining("not a currency code");
        assertThatThrownBy(() -> funding.refund(gift, 2_001, "offline:test"))
                .hasMessage("A refund cannot be larger than the gift.");
        assertThatThrownBy(() -> funding.recordOffline(gift(500, "GBP", null)))
                .hasMessage("Give the day the gift was paid.");
        assertThatThrownBy(() -> funding.setMonthlyGoal(100, "GBP", YearMonth.of(10_000, 1)))
                .hasMessage("A goal starts in a year from 1 to 9999.");
        assertThatThrownBy(() -> funding.refund(gift, -1, "offline:test")).hasMessage("A refund cannot be negative.");
        assertThatThrownBy(() -> funding.refund(Long.MAX_VALUE, 1, "offline:test")).hasMessageContaining("no paid gift");

        assertThatThrownBy(() -> funding.recordOffline(gift(500, "GBP", LocalDate.now().plusDays(2))))
                .hasMessage("A gift cannot have been paid on a day still to come.");

        Funding.Progress progress = funding.progress(month).orElseThrow();
        assertThat(progress.raisedMinor()).isEqualTo(2_000);
        assertThat(progress.goal().amountMinor()).isEqualTo(100_000);
    }

    @Test
    void theBarAboveEveryPage_showsThisMonthsGoal_andAGiftMovesItWithoutEmptyingTheCache() throws Exception {
        YearMonth now = funding.currentMonth();
        Funding.Progress before = funding.progress(now).orElseThrow(); // the demo's goal
        Document home = new Http(port).page("/");
        Element bar = home.selectFirst(".goal-bar [role=progressbar]");
        assertThat(bar).isNotNull();
        assertThat(bar.attr("aria-valuemax")).isEqualTo(Long.toString(before.goal().amountMinor()));
        assertThat(bar.attr("aria-valuetext")).contains("raised of the", "goal for");
        assertThat(home.select(".goal-bar__ticks li")).hasSize(3);
        assertThat(home.select(".goal-bar__support").attr("href")).isEqualTo("/support");

        long gift = funding.recordOffline(gift(1_234, before.goal().currency(), now.atDay(1)));
        try {
            long expected = Math.min(before.raisedMinor() + 1_234, before.goal().amountMinor());
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            String shown;
            do {
                Thread.sleep(200);
                var response = new Http(port).get("/");
                // The gift moves the bar, and no page is rendered again for it.
                assertThat(response.headers().firstValue("X-Page-Cache")).hasValue("HIT");
                shown = org.jsoup.Jsoup.parse(response.body()).selectFirst(".goal-bar [role=progressbar]")
                        .attr("aria-valuenow");
            } while (!shown.equals(Long.toString(expected)) && System.nanoTime() < deadline);
            assertThat(shown).isEqualTo(Long.toString(expected));
        }
        finally {
            // Given back, so the bar reads for later tests as the demo set it.
            funding.refund(gift, 1_234, "test:undo");
        }
    }
}
