package org.masthead.publishing;

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
