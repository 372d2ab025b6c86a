package org.masthead.funding;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What was raised each month against the month's goal, drawn on the server as SVG: a bar per month,
 * a mark at its goal, and the same figures as a table for screen readers and for anyone without
 * images. Coordinates are in the SVG's own units.
 */
record GivingChart(List<Bar> bars, int width, int height, String currency, boolean empty, String top) {

    static final int BAR_SPACE = 56;
    static final int PLOT_HEIGHT = 180;
    static final int TOP = 24;

    /**
     * @param goalY where the goal's mark is drawn, or -1 when the month had no goal
     */
    record Bar(String month, String shortMonth, String raised, String goal, int x, int y, int barHeight, int goalY,
            boolean reached) {
    }

    static GivingChart of(List<Funding.MonthTotal> months, Locale locale) {
        long top = 1;
        for (Funding.MonthTotal m : months) {
            top = Math.max(top, Math.max(m.raisedMinor(), m.goalMinor() == null ? 0 : m.goalMinor()));
        }
        List<Bar> bars = new ArrayList<>();
        String currency = null;
        boolean empty = true;
        for (int i = 0; i < months.size(); i++) {
            Funding.MonthTotal m = months.get(i);
            currency = m.currency() != null ? m.currency() : currency;
            empty &= m.raisedMinor() == 0 && m.goalMinor() == null;
            int barHeight = (int) Math.round(PLOT_HEIGHT * (double) m.raisedMinor() / top);
            int goalY = m.goalMinor() == null ? -1 : TOP + PLOT_HEIGHT - (int) Math.round(PLOT_HEIGHT * (double) m.goalMinor() / top);
            String code = m.currency();
            bars.add(new Bar(m.month().format(DateTimeFormatter.ofPattern("LLLL yyyy", locale)),
                    m.month().format(DateTimeFormatter.ofPattern("LLL", locale)),
                    code == null ? "—" : Amounts.format(m.raisedMinor(), code, locale),
                    m.goalMinor() == null || code == null ? null : Amounts.format(m.goalMinor(), code, locale),
                    i * BAR_SPACE + 8, TOP + PLOT_HEIGHT - barHeight, barHeight, goalY,
                    m.goalMinor() != null && m.raisedMinor() >= m.goalMinor()));
        }
        return new GivingChart(bars, months.size() * BAR_SPACE + 8, TOP + PLOT_HEIGHT + 28, currency, empty,
                currency == null ? "" : Amounts.format(top, currency, locale));
    }
}
