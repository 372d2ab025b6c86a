package org.masthead.publishing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The publication's one row of settings. Every page reads them, so the row is kept in memory; it
 * is written only here, so the copy is never stale on this node.
 */
@Repository
class PublicationRepository {

    private final JdbcClient jdbc;
    private volatile Publication current;

    PublicationRepository(JdbcClient jdbc, Clock clock, @Value("${masthead.publication.name}") String defaultName,
            @Value("${masthead.base-url}") String defaultBaseUrl) {
        this.jdbc = jdbc;
        this.current = find().orElseGet(() -> {
            Publication first = new Publication(defaultName, "", trimSlash(defaultBaseUrl), "en", ZoneId.of("UTC"),
                    null, "", "", clock.instant(), true);
            save(first);
            return first;
        });
    }

    /** The settings as they stand. */
    Publication current() {
        return current;
    }

    static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private Optional<Publication> find() {
        return jdbc.sql("""
                SELECT name, tagline, base_url, language, time_zone, logo_url, support_text, support_html, updated_at,
                       guests_may_comment
                FROM publication WHERE id = 1
                """)
                .query((rs, n) -> new Publication(rs.getString("name"), rs.getString("tagline"),
                        rs.getString("base_url"), rs.getString("language"), ZoneId.of(rs.getString("time_zone")),
                        rs.getString("logo_url"), rs.getString("support_text"), rs.getString("support_html"),
                        Instant.ofEpochMilli(rs.getLong("updated_at")), rs.getInt("guests_may_comment") != 0))
                .optional();
    }

    /** Writes the settings, creating the single row on the first run. */
    void save(Publication p) {
        jdbc.sql("""
                INSERT INTO publication (id, name, tagline, base_url, language, time_zone, logo_url,
                                         support_text, support_html, updated_at, guests_may_comment)
                VALUES (1, :name, :tagline, :baseUrl, :language, :timeZone, :logoUrl, :supportText, :supportHtml, :updatedAt,
                        :guests)
                ON CONFLICT (id) DO UPDATE SET
                    name = excluded.name, tagline = excluded.tagline, base_url = excluded.base_url,
                    language = excluded.language, time_zone = excluded.time_zone, logo_url = excluded.logo_url,
                    support_text = excluded.support_text, support_html = excluded.support_html,
                    updated_at = excluded.updated_at, guests_may_comment = excluded.guests_may_comment
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
                .param("guests", p.guestsMayComment() ? 1 : 0)
                .update();
        current = p;
    }
}
