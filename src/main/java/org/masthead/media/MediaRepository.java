package org.masthead.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class MediaRepository {

    private static final String COLUMNS = """
            SELECT id, storage_key, content_type, rendition_type, width, height, rendition_widths, alt_text, caption,
                   credit, original_name, byte_size, uploaded_by, created_at
            FROM media
            """;

    /** Searched with LIKE, lower-cased on both sides: PostgreSQL's LIKE is case-sensitive, SQLite's is not. */
    private static final List<String> SEARCHED = List.of("alt_text", "caption", "credit", "original_name");

    private final JdbcClient jdbc;

    MediaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A picture the program made, such as the demo's. */
    long add(MediaStore.Stored stored, String alt, String caption, String credit, Instant now) {
        return add(stored, alt, caption, credit, "", null, now);
    }

    long add(MediaStore.Stored stored, String alt, String caption, String credit, String originalName,
            Long uploadedBy, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO media (storage_key, content_type, rendition_type, width, height, rendition_widths,
                                   alt_text, caption, credit, original_name, byte_size, uploaded_by, created_at)
                VALUES (:key, :type, :renditionType, :width, :height, :widths,
                        :alt, :caption, :credit, :originalName, :byteSize, :uploadedBy, :now)
                """)
                .param("key", stored.key())
                .param("type", stored.format().contentType())
                .param("renditionType", stored.renditionFormat().contentType())
                .param("width", stored.width())
                .param("height", stored.height())
                .param("widths", stored.widths().stream().map(String::valueOf).collect(Collectors.joining(",")))
                .param("alt", alt)
                .param("caption", caption)
                .param("credit", credit)
                .param("originalName", originalName)
                .param("byteSize", stored.byteSize())
                .param("uploadedBy", uploadedBy)
                .param("now", now.toEpochMilli())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Media> find(long id) {
        return jdbc.sql(COLUMNS + "WHERE id = :id").param("id", id).query(MediaRepository::media).optional();
    }

    /** Newest first. */
    List<Media> recent(int limit, int offset) {
        return jdbc.sql(COLUMNS + "ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("limit", limit).param("offset", offset).query(MediaRepository::media).list();
    }

    /** Pictures whose alt text, caption, credit or file name contain every word, newest first. */
    List<Media> search(List<String> words, int limit, int offset) {
        StringBuilder sql = new StringBuilder(COLUMNS).append("WHERE 1 = 1\n");
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String param = "w" + i;
            sql.append(SEARCHED.stream().map(column -> "LOWER(" + column + ") LIKE :" + param + " ESCAPE '\\'")
                    .collect(Collectors.joining(" OR ", "AND (", ")\n")));
            params.put(param, "%" + escapeLike(words.get(i).toLowerCase(Locale.ROOT)) + "%");
        }
        sql.append("ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset");
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(sql.toString()).params(params).query(MediaRepository::media).list();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM media").query(Long.class).single();
    }

    boolean describe(long id, String alt, String caption, String credit) {
        return jdbc.sql("UPDATE media SET alt_text = :alt, caption = :caption, credit = :credit WHERE id = :id")
                .param("alt", alt).param("caption", caption).param("credit", credit).param("id", id)
                .update() == 1;
    }

    Map<Long, Picture> pictures(Collection<Long> ids) {
        Map<Long, Picture> found = new java.util.HashMap<>();
        jdbc.sql(COLUMNS + "WHERE id IN (:ids)").param("ids", ids).query(MediaRepository::media)
                .list().forEach(m -> found.put(m.id(), m.image()));
        return found;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Media media(ResultSet rs, int row) throws SQLException {
        long uploadedBy = rs.getLong("uploaded_by");
        Long uploader = rs.wasNull() ? null : uploadedBy;
        return new Media(rs.getLong("id"), rs.getString("storage_key"), rs.getString("content_type"),
                rs.getString("rendition_type"), rs.getInt("width"), rs.getInt("height"),
                Picture.parseWidths(rs.getString("rendition_widths")), rs.getString("alt_text"),
                rs.getString("caption"), rs.getString("credit"), rs.getString("original_name"),
                rs.getLong("byte_size"), uploader, Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
