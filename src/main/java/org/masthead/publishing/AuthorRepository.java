package org.masthead.publishing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class AuthorRepository {

    private static final String COLUMNS = """
            SELECT u.id, u.slug, u.name, u.bio_short, u.bio_long, m.storage_key AS avatar_key, m.content_type AS avatar_type
            FROM authors u LEFT JOIN media m ON m.id = u.avatar_media_id
            """;

    private final JdbcClient jdbc;

    AuthorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AuthorProfile> bySlug(String slug) {
        return jdbc.sql(COLUMNS + "WHERE u.slug = :slug").param("slug", slug).query(AuthorProfile.class).optional();
    }

    List<AuthorProfile> all() {
        return jdbc.sql(COLUMNS + "ORDER BY u.name").query(AuthorProfile.class).list();
    }

    void update(long id, String name, String bioShort, String bioLong, Instant now) {
        jdbc.sql("UPDATE authors SET name = :name, bio_short = :bioShort, bio_long = :bioLong, updated_at = :now WHERE id = :id")
                .param("name", name).param("bioShort", bioShort).param("bioLong", bioLong)
                .param("now", now.toEpochMilli()).param("id", id).update();
    }

    boolean slugTaken(String slug) {
        return jdbc.sql("SELECT COUNT(*) FROM authors WHERE slug = :slug").param("slug", slug).query(Long.class).single() > 0;
    }

    long create(String slug, String name, String bioShort, String bioLong, Long avatarMediaId, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO authors (slug, name, bio_short, bio_long, avatar_media_id, created_at, updated_at)
                VALUES (:slug, :name, :bioShort, :bioLong, :avatar, :now, :now)
                """)
                .param("slug", slug).param("name", name).param("bioShort", bioShort).param("bioLong", bioLong)
                .param("avatar", avatarMediaId).param("now", now.toEpochMilli())
                .update(keys, "id");
        return keys.getKey().longValue();
    }
}
