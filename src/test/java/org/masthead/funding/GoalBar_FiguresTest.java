package org.masthead.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The bar's words and numbers, in the publication's language and the goal's currency. */
class GoalBar_FiguresTest {

    private static GoalBarView bar(long goal, String currency, long raised, String language) {
        Goal g = new Goal(1, Goal.Kind.MONTHLY, null, goal, currency, LocalDate.of(2026, 11, 1), null, false);
        return GoalBarView.of(new Funding.Progress(g, YearMonth.of(2026, 11), raised), Locale.forLanguageTag(language),
                "The Harbour Herald");
    }

    /** Number formats separate thousands with a no-break space in some languages; compared as plain spaces. */
    private static String plain(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    @Test
    void theMonth_theScale_andWhatWasRaised_readAsTheReaderWrites() {
        GoalBarView bar = bar(500_000, "USD", 10_000, "en-US");
        assertThat(bar.month()).isEqualTo("November 2026");
        assertThat(bar.ticks()).containsExactly("$0", "$2,500", "$5,000");
        assertThat(bar.raised()).isEqualTo("$100");
        assertThat(bar.filled()).isEqualTo(20);
        assertThat(bar.reached()).isFalse();
        assertThat(bar.spoken()).isEqualTo("$100 raised of the $5,000 goal for November 2026");
        assertThat(bar.supportLabel()).isEqualTo("Support The Harbour Herald");

        assertThat(bar(500_000, "USD", 1_234, "en-US").raised()).isEqualTo("$12.34");
    }

    @Test
    void otherLanguagesAndCurrencies_keepTheirOwnMonthNamesSymbolsAndMinorUnits() {
        GoalBarView russian = bar(500_000, "EUR", 250_050, "ru");
        assertThat(russian.month()).isEqualTo("ноябрь 2026");
        assertThat(plain(russian.goal())).isEqualTo("5 000 €");
        assertThat(plain(russian.raised())).isEqualTo("2 500,50 €");

        GoalBarView japanese = bar(500_000, "JPY", 12_345, "ja");
        assertThat(japanese.month()).isEqualTo("11月 2026");
        assertThat(japanese.goal()).isEqualTo("￥500,000");
        assertThat(japanese.raised()).isEqualTo("￥12,345");

        GoalBarView greek = bar(300_000, "EUR", 0, "el");
        assertThat(greek.month()).isEqualTo("Νοέμβριος 2026");
        assertThat(plain(greek.ticks().get(1))).isEqualTo("1.500 €");

        GoalBarView arabic = bar(500_000, "EGP", 100_000, "ar-EG");
        assertThat(arabic.month()).contains("نوفمبر");
    }

    @Test
    void pastTheGoal_theBarIsFull_andSaysThankYou() {
        GoalBarView bar = bar(500_000, "GBP", 612_000, "en-GB");
        assertThat(bar.filled()).isEqualTo(1000);
        assertThat(bar.reached()).isTrue();
        assertThat(bar.raised()).isEqualTo("£6,120");
    }
}
