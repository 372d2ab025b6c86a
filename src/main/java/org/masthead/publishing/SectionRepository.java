package org.masthead.publishing;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class SectionRepository {

    record Section(long id, String slug, String name, String description) {

        SectionLink link() {
            return new SectionLink(slug, name);
        }
    }

    private final JdbcClient jdbc;

    SectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Section> all() {
        return jdbc.sql("SELECT id, slug, name, description FROM sections ORDER BY position, name")
                .query(Section.class).list();
    }

    Optional<Section> bySlug(String slug) {
        return jdbc.sql("SELECT id, slug, name, description FROM sections WHERE slug = :slug")
                .param("slug", slug).query(Section.class).optional();
    }

    long create(String slug, String name, String description, int position) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO sections (slug, name, description, position) VALUES (:slug, :name, :description, :position)")
                .param("slug", slug).param("name", name).param("description", description).param("position", position)
                .update(keys, "id");
        return keys.getKey().longValue();
    }
}
