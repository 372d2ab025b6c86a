package org.masthead.funding;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SupportSettingsRepository {

    private final JdbcClient jdbc;

    SupportSettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    SupportSettings read() {
        return jdbc.sql("""
                SELECT currency, presets, minimum_units, maximum_units, donor_wall, wall_messages
                FROM funding_settings WHERE id = 1
                """).query((rs, n) -> new SupportSettings(rs.getString(1), presets(rs.getString(2)), rs.getLong(3),
                rs.getLong(4), rs.getBoolean(5), rs.getBoolean(6))).single();
    }

    void write(SupportSettings settings) {
        jdbc.sql("""
                UPDATE funding_settings SET currency = :currency, presets = :presets, minimum_units = :minimum,
                    maximum_units = :maximum, donor_wall = :wall, wall_messages = :messages WHERE id = 1
                """).param("currency", settings.currency())
                .param("presets", String.join(",", settings.presets().stream().map(String::valueOf).toList()))
                .param("minimum", settings.minimumUnits()).param("maximum", settings.maximumUnits())
                .param("wall", settings.donorWall()).param("messages", settings.wallMessages()).update();
    }

    /**
     * The secret that signs the links in receipts, made on first use and kept in the database so that
     * every node signs alike.
     */
    byte[] linkSecret() {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        jdbc.sql("UPDATE funding_settings SET link_secret = :secret WHERE id = 1 AND link_secret IS NULL")
                .param("secret", Base64.getEncoder().encodeToString(fresh)).update();
        return Base64.getDecoder().decode(
                jdbc.sql("SELECT link_secret FROM funding_settings WHERE id = 1").query(String.class).single());
    }

    private static List<Long> presets(String stored) {
        return stored.isBlank() ? List.of() : Arrays.stream(stored.split(",")).map(String::strip).map(Long::valueOf).toList();
    }
}
