package org.masthead.funding;

import java.time.LocalDate;

/**
 * A fundraising goal: monthly (repeating from {@code startsOn} until a newer one takes over) or a
 * campaign (from {@code startsOn} to {@code endsOn}, both included).
 *
 * @param amountMinor the goal in the currency's minor units
 * @param closed whether the newsroom closed it (a campaign ended early, a monthly goal stopped)
 */
public record Goal(long id, Kind kind, String title, long amountMinor, String currency, LocalDate startsOn,
        LocalDate endsOn, boolean closed) {

    public enum Kind {
        MONTHLY, CAMPAIGN
    }
}
