package org.masthead.publishing;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PublicationRepository {

    private final JdbcClient jdbc;

    PublicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Publication> find() {
        return jdbc.sql("""
                SELECT name, tagline, base_url, language, time_zone, logo_url, support_text, support_html, updated_at
                FROM publication WHERE id = 1
                """)
                .query((rs, n) -> new Publication(rs.getString("name"), rs.getString("tagline"),
                        rs.getString("base_url"), rs.getString("language"), ZoneId.of(rs.getString("time_zone")),
                        rs.getString("logo_url"), rs.getString("support_text"), rs.getString("support_html"),
                        Instant.ofEpochMilli(rs.getLong("updated_at"))))
                .optional();
    }

    /** Writes the settings, creating the single row on the first run. */
    void save(Publication p) {
        jdbc.sql("""
                INSERT INTO publication (id, name, tagline, base_url, language, time_zone, logo_url,
                                         support_text, support_html, updated_at)
                VALUES (1, :name, :tagline, :baseUrl, :language, :timeZone, :logoUrl, :supportText, :supportHtml, :updatedAt)
                ON CONFLICT (id) DO UPDATE SET
                    name = excluded.name, tagline = excluded.tagline, base_url = excluded.base_url,
                    language = excluded.language, time_zone = excluded.time_zone, logo_url = excluded.logo_url,
                    support_text = excluded.support_text, support_html = excluded.support_html,
                    updated_at = excluded.updated_at
                """)
                .param("name", p.name())
                .param("tagline", p.tagline())
                .param("baseUrl", p.baseUrl())
                .param("language", p.language())
                .param("timeZone", p.timeZone().getId())
                .param("logoUrl", p.logoUrl())
                .param("supportText", p.supportText())
                .param("supportHtml", p.supportHtml())
                .param("updatedAt", p.updatedAt().toEpochMilli())
                .update();
    }
}
