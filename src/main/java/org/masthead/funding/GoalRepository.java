package org.masthead.funding;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class GoalRepository {

    private static final RowMapper<Goal> ROW = (rs, n) -> new Goal(rs.getLong("id"),
            Goal.Kind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)), rs.getString("title"),
            rs.getLong("amount_minor"), rs.getString("currency"), LocalDate.parse(rs.getString("starts_on")),
            rs.getString("ends_on") == null ? null : LocalDate.parse(rs.getString("ends_on")),
            DonationRepository.nullable(rs, rs.findColumn("closed_at")) != null);

    private final JdbcClient jdbc;

    GoalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The monthly goal in force in the month that begins on {@code firstDay}: the newest begun by then,
     * unless it was stopped before that month (then there is none: an older goal does not come back).
     */
    Optional<Goal> monthlyFor(LocalDate firstDay) {
        return inForce(monthlyBegunBy(firstDay), firstDay);
    }

    /** The same rule, over the monthly goals begun by some later day, oldest first (see {@link #monthlyBegunBy}). */
    static Optional<Goal> inForce(List<Goal> begunOldestFirst, LocalDate firstDay) {
        Goal newest = null;
        for (Goal goal : begunOldestFirst) {
            if (!goal.startsOn().isAfter(firstDay)) {
                newest = goal;
            }
        }
        return Optional.ofNullable(newest).filter(goal -> goal.endsOn() == null || !goal.endsOn().isBefore(firstDay));
    }

    /** Every monthly goal begun by the day, oldest first: a handful in a publication's life. */
    List<Goal> monthlyBegunBy(LocalDate day) {
        // ISO dates compare as text in their order, on both databases.
        return jdbc.sql("""
                SELECT id, kind, title, amount_minor, currency, starts_on, ends_on, closed_at FROM funding_goals
                WHERE kind = 'monthly' AND starts_on <= :day ORDER BY starts_on, id
                """).param("day", day.toString()).query(ROW).list();
    }

    /** Ends the monthly goal in force on {@code firstDay} with the month before it. False when none was. */
    boolean stopMonthly(LocalDate firstDay, long now) {
        return monthlyFor(firstDay).map(goal -> jdbc.sql("""
                UPDATE funding_goals SET ends_on = :ends, closed_at = :now WHERE id = :id
                """).param("ends", firstDay.minusDays(1).toString()).param("now", now).param("id", goal.id())
                .update() == 1).orElse(false);
    }

    Optional<Goal> campaign(long id) {
        return jdbc.sql("""
                SELECT id, kind, title, amount_minor, currency, starts_on, ends_on, closed_at FROM funding_goals
                WHERE id = :id AND kind = 'campaign'
                """).param("id", id).query(ROW).optional();
    }

    /** Campaigns, the latest to end first. */
    List<Goal> campaigns(int limit) {
        return jdbc.sql("""
                SELECT id, kind, title, amount_minor, currency, starts_on, ends_on, closed_at FROM funding_goals
                WHERE kind = 'campaign' ORDER BY ends_on DESC, id DESC LIMIT :limit
                """).param("limit", limit).query(ROW).list();
    }

    /** Campaigns running on the day. */
    List<Goal> campaignsOn(LocalDate day) {
        return jdbc.sql("""
                SELECT id, kind, title, amount_minor, currency, starts_on, ends_on, closed_at FROM funding_goals
                WHERE kind = 'campaign' AND starts_on <= :day AND ends_on >= :day AND closed_at IS NULL
                ORDER BY ends_on, id
                """).param("day", day.toString()).query(ROW).list();
    }

    long addCampaign(Goal campaign, long now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO funding_goals (kind, title, amount_minor, currency, starts_on, ends_on, created_at)
                VALUES ('campaign', :title, :amount, :currency, :starts, :ends, :now)
                """).param("title", campaign.title()).param("amount", campaign.amountMinor())
                .param("currency", campaign.currency()).param("starts", campaign.startsOn().toString())
                .param("ends", campaign.endsOn().toString()).param("now", now).update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean updateCampaign(Goal campaign) {
        return jdbc.sql("""
                UPDATE funding_goals SET title = :title, amount_minor = :amount, currency = :currency,
                    starts_on = :starts, ends_on = :ends WHERE id = :id AND kind = 'campaign'
                """).param("title", campaign.title()).param("amount", campaign.amountMinor())
                .param("currency", campaign.currency()).param("starts", campaign.startsOn().toString())
                .param("ends", campaign.endsOn().toString()).param("id", campaign.id()).update() == 1;
    }

    /** Ends a campaign on the day (or keeps its earlier end), recording when it was closed. */
    boolean closeCampaign(long id, LocalDate day, long now) {
        return jdbc.sql("""
                UPDATE funding_goals SET ends_on = CASE WHEN ends_on > :day THEN :day ELSE ends_on END,
                    starts_on = CASE WHEN starts_on > :day THEN :day ELSE starts_on END, closed_at = :now
                WHERE id = :id AND kind = 'campaign' AND closed_at IS NULL
                """).param("day", day.toString()).param("now", now).param("id", id).update() == 1;
    }

    long addMonthly(long amountMinor, String currency, LocalDate firstDay, long now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO funding_goals (kind, amount_minor, currency, starts_on, created_at)
                VALUES ('monthly', :amount, :currency, :starts, :now)
                """).param("amount", amountMinor).param("currency", currency).param("starts", firstDay.toString())
                .param("now", now).update(keys, "id");
        return keys.getKey().longValue();
    }
}
