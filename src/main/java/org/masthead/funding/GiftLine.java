package org.masthead.funding;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A gift as the newsroom's lists show it, its words already formatted. */
record GiftLine(long id, String paidOn, String donor, String email, String publicName, String amount, String refunded,
        String through, String kind, String status, String words) {

    static GiftLine of(DonationRepository.Listed g, Locale locale, ZoneId zone) {
        DateTimeFormatter days = DateTimeFormatter.ofPattern("d MMM yyyy", locale);
        String kind = g.recurrence().equals("one-time") ? "Once"
                : g.renewsId() != null ? "Monthly, renewal" : g.endedAt() != null ? "Monthly, stopped" : "Monthly";
        String words = g.note() != null ? g.note() : g.message() != null ? g.message() : "";
        return new GiftLine(g.id(), g.paidAt() == null ? "" : days.format(Instant.ofEpochMilli(g.paidAt()).atZone(zone)),
                g.donorName() == null ? "" : g.donorName(), g.donorEmail() == null ? "" : g.donorEmail(),
                g.publicName() == null ? "" : g.publicName(), Amounts.format(g.amountMinor(), g.currency(), locale),
                g.refundedMinor() == 0 ? "" : Amounts.format(g.refundedMinor(), g.currency(), locale),
                g.provider().equals("offline") ? "By hand" : "Stripe", kind, status(g.status()), words);
    }

    private static String status(String status) {
        return switch (status) {
            case "pending" -> "Awaiting payment";
            case "succeeded" -> "Paid";
            case "failed" -> "Failed";
            case "refunded" -> "Refunded";
            default -> status;
        };
    }
}
