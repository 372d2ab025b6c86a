package org.masthead.funding;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Map;
import org.masthead.notifications.Outbox;
import org.masthead.publishing.Publication;
import org.masthead.publishing.Publishing;
import org.springframework.stereotype.Component;

/** The receipt a donor is emailed for each payment, through the outbox, in the transaction that records it. */
@Component
class Receipts {

    /** A receipt's values, gathered before the transaction; the gift's own id is added in it. */
    record Prepared(String to, String template, Map<String, String> values) {
    }

    private final Outbox outbox;
    private final Publishing publishing;
    private final StopLinks stopLinks;
    private final Clock clock;

    Receipts(Outbox outbox, Publishing publishing, StopLinks stopLinks, Clock clock) {
        this.outbox = outbox;
        this.publishing = publishing;
        this.stopLinks = stopLinks;
        this.clock = clock;
    }

    /**
     * The receipt for a payment of {@code amountMinor} towards {@code gift} (for a renewal, the gift
     * that began it), to the address and name the payment came with or else those
     * known for the gift; null when there is no address to send it to.
     */
    Prepared prepare(DonationRepository.Online gift, String email, String name, long amountMinor) {
        String to = email != null && Outbox.isMailable(email.strip()) ? email.strip() : gift.donorEmail();
        if (to == null || !Outbox.isMailable(to)) {
            return null;
        }
        Publication publication = publishing.publication();
        Map<String, String> values = new HashMap<>();
        values.put("publicationName", publication.name());
        String donor = name != null && !name.isBlank() ? name.strip() : gift.donorName();
        values.put("donorName", donor == null || donor.isBlank() ? "reader" : donor);
        values.put("amount", Amounts.format(amountMinor, gift.currency(), publication.locale()));
        values.put("paidOn", LocalDate.now(clock.withZone(publication.timeZone()))
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(publication.locale())));
        values.put("supportLink", publication.absolute("/support"));
        if (gift.monthly()) {
            values.put("stopLink", publication.absolute(stopLinks.path(gift.id())));
            return new Prepared(to, "monthly-gift-receipt", values);
        }
        return new Prepared(to, "gift-receipt", values);
    }

    /** Writes the receipt to the outbox, in the caller's transaction, for the gift recorded as {@code donationId}. */
    void send(Prepared receipt, long donationId) {
        Map<String, String> values = new HashMap<>(receipt.values());
        values.put("reference", "G-" + donationId);
        outbox.enqueue(receipt.to(), receipt.template(), values);
    }
}
