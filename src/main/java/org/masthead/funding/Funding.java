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
import org.springframework.http.HttpStatus;
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

    /** A gift was paid or given back: the bar, the wall and the campaigns on the support page move. */
    static PagesChanged giftsChanged() {
        return PagesChanged.refreshing(BAR_TOPIC, WALL_TOPIC, SupportPages.TOPIC);
    }

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
            events.publishEvent(PagesChanged.refreshing(BAR_TOPIC, SupportPages.TOPIC));
            return id;
        });
    }

    /** Stops the monthly goal from this month on: the bar disappears until a goal is set again. */
    public boolean stopMonthlyGoal() {
        return Boolean.TRUE.equals(transaction.execute(tx -> {
            boolean stopped = goals.stopMonthly(currentMonth().atDay(1), clock.millis());
            if (stopped) {
                events.publishEvent(PagesChanged.refreshing(BAR_TOPIC, SupportPages.TOPIC));
            }
            return stopped;
        }));
    }

    /** A campaign as typed in the newsroom: its title, goal and days (both included). */
    public record CampaignPlan(String title, long amountMinor, String currency, LocalDate startsOn, LocalDate endsOn) {
    }

    public long addCampaign(CampaignPlan plan) {
        Goal campaign = checked(0, plan);
        return transaction.execute(tx -> {
            long id = goals.addCampaign(campaign, clock.millis());
            events.publishEvent(PagesChanged.refreshing(SupportPages.TOPIC));
            return id;
        });
    }

    public void updateCampaign(long id, CampaignPlan plan) {
        Goal campaign = checked(id, plan);
        transaction.executeWithoutResult(tx -> {
            if (!goals.updateCampaign(campaign)) {
                throw new FundingProblem(HttpStatus.NOT_FOUND, null, "There is no campaign " + id + ".");
            }
            events.publishEvent(PagesChanged.refreshing(SupportPages.TOPIC));
        });
    }

    /** Ends a campaign today (or keeps an earlier end); its gifts stay counted for its days. */
    public void closeCampaign(long id) {
        transaction.executeWithoutResult(tx -> {
            if (goals.campaign(id).isEmpty()) {
                throw new FundingProblem(HttpStatus.NOT_FOUND, null, "There is no campaign " + id + ".");
            }
            goals.closeCampaign(id, today(), clock.millis());
            events.publishEvent(PagesChanged.refreshing(SupportPages.TOPIC));
        });
    }

    /** A campaign and what was raised in its days. */
    public record CampaignProgress(Goal campaign, long raisedMinor) {
    }

    /** The latest campaigns, running or past, with what each raised. */
    List<CampaignProgress> campaigns(int limit) {
        return goals.campaigns(limit).stream().map(this::progressOf).toList();
    }

    /** Campaigns running today, for the support page. */
    List<CampaignProgress> runningCampaigns() {
        return goals.campaignsOn(today()).stream().map(this::progressOf).toList();
    }

    Optional<Goal> campaign(long id) {
        return goals.campaign(id);
    }

    /** What was raised in each of the months to {@code last} (the last included), oldest first, with each month's goal. */
    List<MonthTotal> months(YearMonth last, int count) {
        ZoneId zone = zone();
        YearMonth first = last.minusMonths(count - 1L);
        List<Goal> begun = goals.monthlyBegunBy(last.atDay(1));
        String currency = GoalRepository.inForce(begun, last.atDay(1)).map(Goal::currency)
                .orElse(begun.isEmpty() ? null : begun.get(begun.size() - 1).currency());
        java.util.Map<YearMonth, Long> raised = new java.util.HashMap<>();
        if (currency != null) {
            // One read of the year's gifts, each put in its month of the publication's calendar.
            donations.paidBetween(currency, millis(first.atDay(1), zone), millis(last.plusMonths(1).atDay(1), zone))
                    .forEach(gift -> raised.merge(YearMonth.from(java.time.Instant.ofEpochMilli(gift.paidAt()).atZone(zone)),
                            gift.netMinor(), Long::sum));
        }
        List<MonthTotal> totals = new java.util.ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            Long goal = GoalRepository.inForce(begun, month.atDay(1)).filter(g -> g.currency().equals(currency))
                    .map(Goal::amountMinor).orElse(null);
            totals.add(new MonthTotal(month, raised.getOrDefault(month, 0L), goal, currency));
        }
        return totals;
    }

    /** A month's gifts, net of refunds, and its goal in the same currency (null when there was none). */
    record MonthTotal(YearMonth month, long raisedMinor, Long goalMinor, String currency) {
    }

    private CampaignProgress progressOf(Goal campaign) {
        ZoneId zone = zone();
        return new CampaignProgress(campaign, donations.raised(campaign.currency(), millis(campaign.startsOn(), zone),
                millis(campaign.endsOn().plusDays(1), zone)));
    }

    private static long millis(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant().toEpochMilli();
    }

    private static Goal checked(long id, CampaignPlan plan) {
        String title = plan.title() == null ? "" : plan.title().strip();
        if (title.isEmpty() || title.length() > 120 || title.chars().anyMatch(Character::isISOControl)) {
            throw new FundingProblem("title", "Give the campaign a title of 1 to 120 characters on one line.");
        }
        String code = Amounts.currency(plan.currency()).getCurrencyCode();
        long amount = amount(plan.amountMinor(), code);
        if (plan.startsOn() == null || plan.endsOn() == null) {
            throw new FundingProblem(plan.startsOn() == null ? "startsOn" : "endsOn", "Give the campaign's first and last days.");
        }
        if (plan.endsOn().isBefore(plan.startsOn())) {
            throw new FundingProblem("endsOn", "A campaign ends on or after the day it starts.");
        }
        if (plan.startsOn().getYear() < 1 || plan.endsOn().getYear() > 9999) {
            throw new FundingProblem("endsOn", "Give days from the year 1 to 9999.");
        }
        return new Goal(id, Goal.Kind.CAMPAIGN, title, amount, code, plan.startsOn(), plan.endsOn(), false);
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
            events.publishEvent(giftsChanged());
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
                events.publishEvent(giftsChanged());
            }
        });
    }

    /** Gifts for the newsroom, newest first, as the filter picks them. */
    List<DonationRepository.Listed> gifts(DonationRepository.Filter filter, Long beforeId, int limit) {
        return donations.list(filter, beforeId, limit);
    }

    /** Named donors for the donor wall, newest first. */
    List<DonationRepository.Named> wall(Long beforePaidAt, int limit) {
        return donations.wall(beforePaidAt, limit);
    }

    /** The moments a month of the publication's calendar begins and ends. */
    long[] period(YearMonth month) {
        ZoneId zone = zone();
        return new long[] { millis(month.atDay(1), zone), millis(month.plusMonths(1).atDay(1), zone) };
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
