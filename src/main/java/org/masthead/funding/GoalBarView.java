package org.masthead.funding;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The goal bar as a reader reads it: the month (in capitals by the stylesheet, which knows each
 * language's rules and leaves screen readers the word), the scale (nothing, half the goal, the goal), what
 * was raised, and how far along the bar that is.
 *
 * @param filled thousandths of the bar filled, at most the whole bar
 */
record GoalBarView(String month, List<String> ticks, String raised, String goal,
        long raisedMinor, long goalMinor, int filled, boolean reached, String supportLabel) {

    static GoalBarView of(Funding.Progress progress, Locale locale, String publicationName) {
        Goal goal = progress.goal();
        String currency = goal.currency();
        String month = progress.month().format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
        long raised = progress.raisedMinor();
        int filled = (int) Math.min(1000, raised * 1000 / goal.amountMinor());
        return new GoalBarView(month,
                List.of(Amounts.format(0, currency, locale), Amounts.format(goal.amountMinor() / 2, currency, locale),
                        Amounts.format(goal.amountMinor(), currency, locale)),
                Amounts.format(raised, currency, locale), Amounts.format(goal.amountMinor(), currency, locale),
                raised, goal.amountMinor(), filled, progress.reached(), "Support " + publicationName);
    }

    /** What a screen reader says of the bar. */
    String spoken() {
        return raised + " raised of the " + goal + " goal for " + month;
    }
}
