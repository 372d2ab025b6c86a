package org.masthead.funding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.masthead.accounts.Allowance;
import org.masthead.accounts.Allowances;
import org.masthead.publishing.Publication;
import org.masthead.publishing.Publishing;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A reader's gift from the support page to Stripe's checkout: checked, recorded as pending, and
 * sent to a Checkout Session. Nothing counts until Stripe's signed event says it was paid.
 */
@Service
class OnlineGiving {

    /** What a reader typed and chose on the support page. */
    record Pledge(String amount, String otherAmount, String frequency, String wallName, String message,
            String attempt) {
    }

    /** A gift recorded as pending, and the attempt it was recorded under. */
    private record Recorded(long id, String attempt) {
    }

    /** Names on the wall are short; a message is a sentence or two. */
    static final int MOST_NAME = 80;
    static final int MOST_MESSAGE = 500;

    private final SupportSettingsRepository settings;
    private final Funding funding;
    private final DonationRepository donations;
    private final StripeAccount stripe;
    private final StopLinks stopLinks;
    private final Publishing publishing;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    // Each checkout is a call to Stripe, and card testers open thousands: a reader needs only a few.
    private final Allowance checkoutsPerClient;

    OnlineGiving(SupportSettingsRepository settings, Funding funding, DonationRepository donations, StripeAccount stripe,
            StopLinks stopLinks, Publishing publishing, TransactionTemplate transaction, Clock clock,
            org.springframework.context.ApplicationEventPublisher events,
            Allowances allowances, @Value("${masthead.funding.checkouts-per-client}") int checkoutsPerClient) {
        this.checkoutsPerClient = allowances.named("funding.checkouts-per-client", checkoutsPerClient, Duration.ofMinutes(10));
        this.settings = settings;
        this.funding = funding;
        this.donations = donations;
        this.stripe = stripe;
        this.stopLinks = stopLinks;
        this.publishing = publishing;
        this.transaction = transaction;
        this.clock = clock;
        this.events = events;
    }

    boolean available() {
        return stripe.configured();
    }

    /** The settings as the newsroom set them, in its chosen currency. */
    SupportSettings storedSettings() {
        return settings.read();
    }

    /**
     * What the support page offers, in the currency of this month's goal when there is one, so that
     * every gift counts towards it; in the newsroom's chosen currency otherwise.
     */
    SupportSettings settings() {
        SupportSettings stored = settings.read();
        return funding.progress(funding.currentMonth()).map(p -> p.goal().currency())
                .filter(currency -> !currency.equals(stored.currency()))
                .map(currency -> new SupportSettings(currency, stored.presets(), stored.minimumUnits(),
                        stored.maximumUnits(), stored.donorWall(), stored.wallMessages()))
                .orElse(stored);
    }

    /** What the newsroom types on its support page settings. */
    record Offer(String currency, String presets, String minimum, String maximum, boolean donorWall,
            boolean wallMessages) {
    }

    void saveSettings(Offer typed) {
        String currency = Amounts.currency(typed.currency()).getCurrencyCode();
        long minimum = wholeUnits(typed.minimum(), "minimum", "Give the smallest gift as a whole number, such as 1.");
        long maximum = wholeUnits(typed.maximum(), "maximum", "Give the largest gift as a whole number, such as 10000.");
        if (maximum < minimum) {
            throw new FundingProblem("maximum", "The largest gift cannot be smaller than the smallest.");
        }
        java.util.List<Long> presets = new java.util.ArrayList<>();
        for (String part : (typed.presets() == null ? "" : typed.presets()).split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            long preset = wholeUnits(part, "presets", "Give the amounts as whole numbers with commas between, such as 5, 10, 25, 100.");
            if (preset < minimum || preset > maximum) {
                throw new FundingProblem("presets", "Each amount offered must lie between the smallest and the largest gift.");
            }
            if (!presets.contains(preset)) {
                presets.add(preset);
            }
        }
        if (presets.isEmpty() || presets.size() > 6) {
            throw new FundingProblem("presets", "Offer from one to six amounts, such as 5, 10, 25, 100.");
        }
        java.util.Collections.sort(presets);
        transaction.executeWithoutResult(tx -> {
            settings.write(new SupportSettings(currency, presets, minimum, maximum, typed.donorWall(), typed.wallMessages()));
            events.publishEvent(org.masthead.pages.PagesChanged.refreshing(SupportPages.TOPIC, Funding.WALL_TOPIC));
        });
    }

    private static long wholeUnits(String typed, String field, String sentence) {
        String text = typed == null ? "" : typed.strip().replace(",", "");
        if (!text.matches("\\d{1,10}") || Long.parseLong(text) < 1 || Long.parseLong(text) > Funding.MOST_UNITS) {
            throw new FundingProblem(field, sentence);
        }
        return Long.parseLong(text);
    }

    /** Checks the pledge, records it as pending, and gives the address of its checkout. */
    String begin(Pledge typed, String client) {
        SupportSettings offer = settings();
        DonationRepository.Pledged pledge = checked(typed, offer, publishing.publication().locale());
        if (!checkoutsPerClient.take(client)) {
            throw new FundingProblem(HttpStatus.TOO_MANY_REQUESTS, null,
                    "Many gifts were begun from your network in the last minutes. Please try again in ten minutes.");
        }
        Recorded recorded = transaction.execute(tx -> {
            long first = donations.pending(pledge, clock.millis());
            if (donations.online(first).map(g -> g.status().equals("pending")).orElse(false)) {
                return new Recorded(first, pledge.attempt());
            }
            // That gift was paid (or failed) already: the reader came back to give again.
            DonationRepository.Pledged again = pledge.anew();
            return new Recorded(donations.pending(again, clock.millis()), again.attempt());
        });
        long id = recorded.id();
        Publication publication = publishing.publication();
        String description = (pledge.monthly() ? "Monthly gift to " : "Gift to ") + publication.name();
        StripeAccount.Checkout checkout = stripe.open(new StripeAccount.Opening(id, recorded.attempt(), pledge.amountMinor(),
                pledge.currency(), pledge.monthly(), description,
                publication.absolute("/support/thanks") + "?session_id={CHECKOUT_SESSION_ID}",
                publication.absolute("/support/cancelled")));
        transaction.executeWithoutResult(tx -> donations.checkoutOpened(id, checkout.id()));
        return checkout.url();
    }

    /** The gift a checkout paid for, for the thank-you page. */
    Optional<DonationRepository.Online> ofCheckout(String checkoutId) {
        return checkoutId == null || checkoutId.length() > 255 ? Optional.empty() : donations.byCheckout(checkoutId);
    }

    /** The monthly gift a receipt's stop link names, when the link is genuine. */
    Optional<DonationRepository.Online> monthly(long donationId, String signature) {
        if (!stopLinks.signed(donationId, signature)) {
            return Optional.empty();
        }
        return donations.online(donationId).filter(DonationRepository.Online::monthly);
    }

    /** Stops a monthly gift at Stripe and in the ledger; true when it was running. */
    boolean stop(DonationRepository.Online gift) {
        if (gift.endedAt() != null || gift.subscriptionId() == null) {
            return false;
        }
        stripe.cancel(gift.subscriptionId());
        return Boolean.TRUE.equals(transaction.execute(tx -> {
            boolean ended = donations.ended(gift.id(), clock.millis());
            if (ended) {
                donations.history(gift.id(), "donor:stop-link", clock.millis());
            }
            return ended;
        }));
    }

    private static DonationRepository.Pledged checked(Pledge typed, SupportSettings offer, java.util.Locale locale) {
        String currency = offer.currency();
        long scale = (long) Math.pow(10, Math.max(0, Amounts.currency(currency).getDefaultFractionDigits()));
        String chosen = typed.amount() == null ? "" : typed.amount().strip();
        long amount;
        if (chosen.isEmpty() || chosen.equals("other")) {
            if (typed.otherAmount() == null || typed.otherAmount().isBlank()) {
                throw new FundingProblem("amount", "Choose an amount, or type one under “Other amount”.");
            }
            amount = Amounts.parse(typed.otherAmount(), currency);
        }
        else {
            amount = offer.presets().stream().filter(p -> Long.toString(p).equals(chosen)).findFirst()
                    .map(p -> p * scale)
                    .orElseThrow(() -> new FundingProblem("amount", "Choose one of the amounts shown, or type your own."));
        }
        if (amount < offer.minimumUnits() * scale || amount > offer.maximumUnits() * scale) {
            throw new FundingProblem("amount", "Give from " + Amounts.format(offer.minimumUnits() * scale, currency,
                    locale) + " to " + Amounts.format(offer.maximumUnits() * scale, currency, locale) + ".");
        }
        String frequency = typed.frequency() == null ? "" : typed.frequency().strip();
        if (!frequency.equals("one-time") && !frequency.equals("monthly")) {
            throw new FundingProblem("frequency", "Choose once or monthly.");
        }
        String name = typed.wallName() == null ? "" : typed.wallName().strip();
        if (name.length() > MOST_NAME || name.chars().anyMatch(OnlineGiving::hidden)) {
            throw new FundingProblem("wallName", "Keep the name for the donor wall to " + MOST_NAME
                    + " characters on one line, or leave it empty to stay anonymous.");
        }
        String message = typed.message() == null ? "" : typed.message().strip().replace("\r\n", "\n");
        if (message.length() > MOST_MESSAGE
                || message.chars().anyMatch(c -> c != '\n' && hidden(c))) {
            throw new FundingProblem("message", "Keep your message to " + MOST_MESSAGE + " characters.");
        }
        String attempt = attempt(typed.attempt(), currency, amount, frequency, name, message);
        return new DonationRepository.Pledged(amount, currency, frequency.equals("monthly"),
                name.isEmpty() ? null : name, message.isEmpty() ? null : message, attempt);
    }

    /**
     * Characters a reader does not see but that change what they see: controls, and the marks that
     * turn the direction of the text after them on a public wall. (Joiners stay: Persian and emoji
     * need them.)
     */
    private static boolean hidden(int c) {
        return Character.isISOControl(c) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200E || c == 0x200F || c == 0x061C;
    }

    /**
     * The gift's one-time key. The page's script gives each visit a random token; the same token with
     * the same choices is the same gift sent twice (a double click, a reload), while the same token
     * with other choices (the reader went back and changed the amount) is a new gift. Without the
     * script, every sending is a gift of its own.
     */
    private static String attempt(String token, String currency, long amount, String frequency, String name,
            String message) {
        if (token == null || !token.matches("[A-Za-z0-9-]{16,64}")) {
            return UUID.randomUUID().toString();
        }
        try {
            byte[] sum = MessageDigest.getInstance("SHA-256").digest(String.join("\u0000", token, currency,
                    Long.toString(amount), frequency, name, message).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sum, 0, 20);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
