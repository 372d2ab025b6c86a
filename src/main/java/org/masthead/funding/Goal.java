package org.masthead.funding;

import java.time.LocalDate;

/**
 * A fundraising goal: monthly (repeating from {@code startsOn} until a newer one takes over) or a
 * campaign (from {@code startsOn} to {@code endsOn}, both included).
 *
 * @param amountMinor the goal in the currency's minor units
 */
public record Goal(long id, Kind kind, String title, long amountMinor, String currency, LocalDate startsOn,
        LocalDate endsOn) {

    public enum Kind {
        MONTHLY, CAMPAIGN
    }
}
