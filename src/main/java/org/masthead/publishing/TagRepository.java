package org.masthead.publishing;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TagRepository {

    record Tag(long id, String slug, String name) {
    }

    private final JdbcClient jdbc;

    TagRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Tag> bySlug(String slug) {
        return jdbc.sql("SELECT id, slug, name FROM tags WHERE slug = :slug")
                .param("slug", slug).query(Tag.class).optional();
    }

    /** Every tag with the number of articles that carry it, most used first. */
    List<NewsroomViews.TagUse> uses() {
        return jdbc.sql("""
                SELECT t.id, t.slug, t.name, COUNT(x.article_id) AS articles
                FROM tags t LEFT JOIN article_tags x ON x.tag_id = t.id
                GROUP BY t.id, t.slug, t.name ORDER BY COUNT(x.article_id) DESC, t.name
                """).query(NewsroomViews.TagUse.class).list();
    }

    void rename(long id, String name) {
        jdbc.sql("UPDATE tags SET name = :name WHERE id = :id").param("name", name).param("id", id).update();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM tags WHERE id = :id").param("id", id).update();
    }

    Optional<Tag> byId(long id) {
        return jdbc.sql("SELECT id, slug, name FROM tags WHERE id = :id").param("id", id).query(Tag.class).optional();
    }

    /** The tag with this name, created if the newsroom has not used it before. */
    Tag named(String name) {
        String slug = Slugs.of(name);
        return jdbc.sql("""
                INSERT INTO tags (slug, name) VALUES (:slug, :name)
                ON CONFLICT (slug) DO UPDATE SET slug = excluded.slug
                RETURNING id, slug, name
                """)
                .param("slug", slug).param("name", name.strip())
                .query(Tag.class).single();
    }
}
