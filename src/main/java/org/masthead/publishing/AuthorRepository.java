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
            SELECT u.id, u.slug, u.name, u.bio_short, u.bio_long, m.storage_key AS avatar_key, m.content_type AS avatar_type,
                   u.user_id
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

    Optional<AuthorProfile> byId(long id) {
        return jdbc.sql(COLUMNS + "WHERE u.id = :id").param("id", id).query(AuthorProfile.class).optional();
    }

    Optional<AuthorProfile> linkedTo(long userId) {
        return jdbc.sql(COLUMNS + "WHERE u.user_id = :user").param("user", userId).query(AuthorProfile.class).optional();
    }

    /** Ties a byline to an account (or unties it, with null); an account has at most one byline. */
    void link(long authorId, Long userId) {
        if (userId != null) {
            jdbc.sql("UPDATE authors SET user_id = NULL WHERE user_id = :user AND id <> :id")
                    .param("user", userId).param("id", authorId).update();
        }
        jdbc.sql("UPDATE authors SET user_id = :user WHERE id = :id").param("user", userId).param("id", authorId).update();
    }

    void setAvatar(long authorId, long mediaId, Instant now) {
        jdbc.sql("UPDATE authors SET avatar_media_id = :media, updated_at = :now WHERE id = :id")
                .param("media", mediaId).param("now", now.toEpochMilli()).param("id", authorId).update();
    }

    void setNameAndBio(long authorId, String name, String bioLong, Instant now) {
        jdbc.sql("UPDATE authors SET name = :name, bio_long = :bio, updated_at = :now WHERE id = :id")
                .param("name", name).param("bio", bioLong).param("now", now.toEpochMilli()).param("id", authorId).update();
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
