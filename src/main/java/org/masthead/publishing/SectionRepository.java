package org.masthead.publishing;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.masthead.publishing.Taxonomy.Section;
import org.springframework.stereotype.Repository;

@Repository
class SectionRepository {

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

    Optional<Section> byId(long id) {
        return jdbc.sql("SELECT id, slug, name, description FROM sections WHERE id = :id")
                .param("id", id).query(Section.class).optional();
    }

    void update(long id, String name, String description) {
        jdbc.sql("UPDATE sections SET name = :name, description = :description WHERE id = :id")
                .param("name", name).param("description", description).param("id", id).update();
    }

    /** Swaps the section with its neighbour above (up) or below, in navigation order. */
    void move(long id, boolean up) {
        List<Section> order = all();
        int at = -1;
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).id() == id) {
                at = i;
            }
        }
        int other = up ? at - 1 : at + 1;
        if (at < 0 || other < 0 || other >= order.size()) {
            return;
        }
        for (int i = 0; i < order.size(); i++) {
            int position = i == at ? other : i == other ? at : i;
            jdbc.sql("UPDATE sections SET position = :position WHERE id = :id")
                    .param("position", position).param("id", order.get(i).id()).update();
        }
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM sections WHERE id = :id").param("id", id).update();
    }

    long create(String slug, String name, String description, int position) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO sections (slug, name, description, position) VALUES (:slug, :name, :description, :position)")
                .param("slug", slug).param("name", name).param("description", description).param("position", position)
                .update(keys, "id");
        return keys.getKey().longValue();
    }
}
