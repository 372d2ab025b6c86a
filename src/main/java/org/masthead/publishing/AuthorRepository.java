package org.masthead.publishing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.masthead.media.MediaLibrary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Authors and their bylines; their pictures come from the media library, which keeps its own table. */
@Repository
class AuthorRepository {

    private static final String COLUMNS = """
            SELECT id, slug, name, bio_short, bio_long, avatar_media_id, avatar_url, user_id FROM authors
            """;

    private record Row(Author author, Long avatarId) {
    }

    private final JdbcClient jdbc;
    private final MediaLibrary media;

    AuthorRepository(JdbcClient jdbc, MediaLibrary media) {
        this.jdbc = jdbc;
        this.media = media;
    }

    Optional<Author> bySlug(String slug) {
        return withAvatars(jdbc.sql(COLUMNS + "WHERE slug = :slug").param("slug", slug).query(AuthorRepository::row)
                .list()).stream().findFirst();
    }

    List<Author> all() {
        return withAvatars(jdbc.sql(COLUMNS + "ORDER BY name").query(AuthorRepository::row).list());
    }

    Optional<Author> byId(long id) {
        return withAvatars(jdbc.sql(COLUMNS + "WHERE id = :id").param("id", id).query(AuthorRepository::row).list())
                .stream().findFirst();
    }

    Optional<Author> linkedTo(long userId) {
        return withAvatars(jdbc.sql(COLUMNS + "WHERE user_id = :user").param("user", userId)
                .query(AuthorRepository::row).list()).stream().findFirst();
    }

    void update(long id, String name, String bioShort, String bioLong, Instant now) {
        jdbc.sql("UPDATE authors SET name = :name, bio_short = :bioShort, bio_long = :bioLong, updated_at = :now WHERE id = :id")
                .param("name", name).param("bioShort", bioShort).param("bioLong", bioLong)
                .param("now", now.toEpochMilli()).param("id", id).update();
    }

    /** Ties a byline to an account (or unties it, with null); an account has at most one byline. */
    void link(long authorId, Long userId) {
        if (userId != null) {
            jdbc.sql("UPDATE authors SET user_id = NULL WHERE user_id = :user AND id <> :id")
                    .param("user", userId).param("id", authorId).update();
        }
        jdbc.sql("UPDATE authors SET user_id = :user WHERE id = :id").param("user", userId).param("id", authorId).update();
    }

    /** The portrait of the staff member the byline belongs to, shown instead of a library picture. */
    void setPortrait(long authorId, String url, Instant now) {
        jdbc.sql("UPDATE authors SET avatar_url = :url, updated_at = :now WHERE id = :id")
                .param("url", url).param("now", now.toEpochMilli()).param("id", authorId).update();
    }

    void setNameAndBio(long authorId, String name, String bioLong, Instant now) {
        jdbc.sql("UPDATE authors SET name = :name, bio_long = :bio, updated_at = :now WHERE id = :id")
                .param("name", name).param("bio", bioLong).param("now", now.toEpochMilli()).param("id", authorId).update();
    }

    boolean slugTaken(String slug) {
        return jdbc.sql("SELECT COUNT(*) FROM authors WHERE slug = :slug").param("slug", slug).query(Long.class).single() > 0;
    }

    long create(String slug, String name, String bioShort, String bioLong, Long avatarPictureId, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO authors (slug, name, bio_short, bio_long, avatar_media_id, created_at, updated_at)
                VALUES (:slug, :name, :bioShort, :bioLong, :avatar, :now, :now)
                """)
                .param("slug", slug).param("name", name).param("bioShort", bioShort).param("bioLong", bioLong)
                .param("avatar", avatarPictureId).param("now", now.toEpochMilli())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private List<Author> withAvatars(List<Row> rows) {
        var pictures = media.pictures(rows.stream().map(Row::avatarId).filter(Objects::nonNull).distinct().toList());
        return rows.stream().map(r -> {
            Author a = r.author();
            return new Author(a.id(), a.slug(), a.name(), a.bioShort(), a.bioLong(),
                    r.avatarId() == null ? null : pictures.get(r.avatarId()), a.portraitUrl(), a.userId());
        }).toList();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(new Author(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
                rs.getString("bio_short"), rs.getString("bio_long"), null, rs.getString("avatar_url"),
                ArticleRepository.nullableLong(rs, "user_id")),
                ArticleRepository.nullableLong(rs, "avatar_media_id"));
    }
}
