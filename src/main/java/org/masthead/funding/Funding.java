package org.masthead.funding;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.masthead.pages.PagesChanged;
import org.masthead.publishing.Publishing;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Goals and the gifts counted against them. "Raised" in a month is what was paid in it, as the
 * publication's own calendar has it (its time zone), net of refunds, in the goal's currency.
 */
@Service
public class Funding {

    /** The page topic of the goal bar: a gift refreshes the bar on every page, and empties no cached page. */
    public static final String BAR_TOPIC = "funding:bar";

    /** The page topic of the donor wall, which a named gift changes. */
    static final String WALL_TOPIC = "funding:wall";

    /** The largest sum accepted, in the currency's whole units: far above any gift, far below any overflow. */
    static final long MOST_UNITS = 1_000_000_000L;

    private final GoalRepository goals;
    private final DonationRepository donations;
    private final Publishing publishing;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Funding(GoalRepository goals, DonationRepository donations, Publishing publishing, ApplicationEventPublisher events,
            TransactionTemplate transaction, Clock clock) {
        this.goals = goals;
        this.donations = donations;
        this.publishing = publishing;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** A goal and how much was raised towards it in a month. */
    public record Progress(Goal goal, YearMonth month, long raisedMinor) {

        public boolean reached() {
            return raisedMinor >= goal.amountMinor();
        }
    }

    /**
     * A gift received by the newsroom itself (a bank transfer, a cheque), recorded by one of its people.
     *
     * @param paidOn the day it was paid, in the publication's calendar
     */
    public record OfflineGift(long amountMinor, String currency, LocalDate paidOn, String donorName, String donorEmail,
            String note, Long recordedBy) {
    }

    /** The month it is now in the publication's calendar. */
    public YearMonth currentMonth() {
        return YearMonth.now(clock.withZone(zone()));
    }

    /** The day it is now in the publication's calendar. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    /** The monthly goal from {@code from} on, repeating each month until another takes over. */
    public long setMonthlyGoal(long amountMinor, String currency, YearMonth from) {
        String code = Amounts.currency(currency).getCurrencyCode();
        long amount = amount(amountMinor, code);
        if (from.getYear() < 1 || from.getYear() > 9999) {
            throw new FundingProblem("from", "A goal starts in a year from 1 to 9999.");
        }
        return transaction.execute(tx -> {
            long id = goals.addMonthly(amount, code, from.atDay(1), clock.millis());
            events.publishEvent(PagesChanged.refreshing(BAR_TOPIC));
            return id;
        });
    }

    public long recordOffline(OfflineGift gift) {
        String code = Amounts.currency(gift.currency()).getCurrencyCode();
        if (gift.paidOn() == null) {
            throw new FundingProblem("paidOn", "Give the day the gift was paid.");
        }
        String donor = gift.donorName() == null ? "" : gift.donorName().strip();
        if (donor.isEmpty() || donor.length() > 200 || donor.chars().anyMatch(Character::isISOControl)) {
            throw new FundingProblem("donorName", "Give the donor's name, in 1 to 200 characters on one line.");
        }
        String email = gift.donorEmail() == null || gift.donorEmail().isBlank() ? null : gift.donorEmail().strip();
        if (email != null && (email.length() > 254 || !email.matches("[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+"))) {
            throw new FundingProblem("donorEmail", "Give the donor's email address, such as name@example.org, or none.");
        }
        String note = gift.note() == null || gift.note().isBlank() ? null : gift.note().strip();
        if (note != null && (note.length() > 1000
                || note.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t'))) {
            throw new FundingProblem("note", "Keep the note to at most 1000 characters of text.");
        }
        OfflineGift checked = new OfflineGift(amount(gift.amountMinor(), code), code, gift.paidOn(), donor, email, note,
                gift.recordedBy());
        if (checked.paidOn().getYear() < 1) {
            throw new FundingProblem("paidOn", "Give a day from the year 1 on.");
        }
        if (checked.paidOn().isAfter(today())) {
            throw new FundingProblem("paidOn", "A gift cannot have been paid on a day still to come.");
        }
        // At noon: the gift stays on its day, and in its month, should the publication move its clock
        // by a few hours later (a new time zone).
        long paidAt = checked.paidOn().atTime(12, 0).atZone(zone()).toInstant().toEpochMilli();
        return transaction.execute(tx -> {
            long now = clock.millis();
            long id = donations.insertOffline(checked, paidAt, now);
            donations.history(id, gift.recordedBy() == null ? "offline" : "offline:user:" + gift.recordedBy(), now);
            events.publishEvent(PagesChanged.refreshing(BAR_TOPIC));
            return id;
        });
    }

    /**
     * Records that {@code refundedMinor} of a paid gift has been given back in all, as providers report
     * it: a larger figure replaces a smaller one; the same or a smaller one (a report repeated or
     * overtaken) changes nothing.
     */
    public void refund(long donationId, long refundedMinor, String source) {
        if (refundedMinor < 0) {
            throw new FundingProblem("refund", "A refund cannot be negative.");
        }
        transaction.executeWithoutResult(tx -> {
            DonationRepository.Paid paid = donations.paid(donationId);
            if (paid == null) {
                throw new FundingProblem(null, "There is no paid gift " + donationId + ".");
            }
            if (refundedMinor > paid.amountMinor()) {
                throw new FundingProblem("refund", "A refund cannot be larger than the gift.");
            }
            if (donations.refund(donationId, refundedMinor)) {
                donations.history(donationId, source, clock.millis());
                events.publishEvent(PagesChanged.refreshing(BAR_TOPIC));
            }
        });
    }

    /** The latest gifts, newest first, for the newsroom. */
    List<DonationRepository.Line> latestGifts(int limit) {
        return donations.latest(limit);
    }

    /** The monthly goal in force in the month and what was raised towards it; empty when there is none. */
    public Optional<Progress> progress(YearMonth month) {
        ZoneId zone = zone();
        return goals.monthlyFor(month.atDay(1)).map(goal -> new Progress(goal, month,
                donations.raised(goal.currency(), month.atDay(1).atStartOfDay(zone).toInstant().toEpochMilli(),
                        month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant().toEpochMilli())));
    }

    private ZoneId zone() {
        return publishing.publication().timeZone();
    }

    private static long amount(long minor, String currency) {
        long most = MOST_UNITS * (long) Math.pow(10, Math.max(0, Amounts.currency(currency).getDefaultFractionDigits()));
        if (minor <= 0 || minor > most) {
            throw new FundingProblem("amount", "An amount must be more than nothing and at most a billion "
                    + currency + ".");
        }
        return minor;
    }
}
