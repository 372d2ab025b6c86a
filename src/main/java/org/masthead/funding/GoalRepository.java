package org.masthead.funding;

import java.time.LocalDate;
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
            rs.getString("ends_on") == null ? null : LocalDate.parse(rs.getString("ends_on")));

    private final JdbcClient jdbc;

    GoalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The monthly goal in force in the month that begins on {@code firstDay}: the newest begun by then. */
    Optional<Goal> monthlyFor(LocalDate firstDay) {
        // ISO dates compare as text in their order, on both databases.
        return jdbc.sql("""
                SELECT id, kind, title, amount_minor, currency, starts_on, ends_on FROM funding_goals
                WHERE kind = 'monthly' AND closed_at IS NULL AND starts_on <= :day
                ORDER BY starts_on DESC, id DESC LIMIT 1
                """).param("day", firstDay.toString()).query(ROW).optional();
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
