package org.masthead.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A campaign as the newsroom and the support page show it.
 *
 * @param filled thousandths of its bar filled, at most the whole bar
 * @param amountTyped its goal as it is typed in the edit form (in the currency's units)
 */
record CampaignLine(long id, String title, String goal, String raised, String days, String state, int filled,
        String startsOn, String endsOn, String amountTyped, String currency) {

    /** Whether it may still be closed: running, or still to start. */
    boolean open() {
        return !state.equals("Closed") && !state.equals("Ended");
    }

    static CampaignLine of(Funding.CampaignProgress progress, LocalDate today, Locale locale) {
        Goal c = progress.campaign();
        DateTimeFormatter days = DateTimeFormatter.ofPattern("d MMM yyyy", locale);
        String state = c.closed() ? "Closed" : today.isBefore(c.startsOn()) ? "Starts " + days.format(c.startsOn())
                : today.isAfter(c.endsOn()) ? "Ended" : "Running until " + days.format(c.endsOn());
        int digits = Math.max(0, Amounts.currency(c.currency()).getDefaultFractionDigits());
        return new CampaignLine(c.id(), c.title(), Amounts.format(c.amountMinor(), c.currency(), locale),
                Amounts.format(progress.raisedMinor(), c.currency(), locale),
                days.format(c.startsOn()) + " – " + days.format(c.endsOn()), state,
                (int) Math.min(1000, progress.raisedMinor() * 1000 / c.amountMinor()), c.startsOn().toString(),
                c.endsOn().toString(), BigDecimal.valueOf(c.amountMinor(), digits).stripTrailingZeros().toPlainString(),
                c.currency());
    }
}
