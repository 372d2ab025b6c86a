package org.masthead.publishing;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class MediaRepository {

    private final JdbcClient jdbc;

    MediaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(MediaStore.Stored stored, String alt, String caption, String credit, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO media (storage_key, content_type, width, height, rendition_widths, alt_text, caption, credit, created_at)
                VALUES (:key, :type, :width, :height, :widths, :alt, :caption, :credit, :now)
                """)
                .param("key", stored.key())
                .param("type", stored.contentType())
                .param("width", stored.width())
                .param("height", stored.height())
                .param("widths", String.join(",", stored.widths().stream().map(String::valueOf).toList()))
                .param("alt", alt)
                .param("caption", caption)
                .param("credit", credit)
                .param("now", now.toEpochMilli())
                .update(keys, "id");
        return keys.getKey().longValue();
    }
}
