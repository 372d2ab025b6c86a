package org.masthead.publishing;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.masthead.publishing.Taxonomy.Tag;
import org.masthead.publishing.Taxonomy.TagUse;
import org.springframework.stereotype.Repository;

@Repository
class TagRepository {

    private final JdbcClient jdbc;

    TagRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Tag> bySlug(String slug) {
        return jdbc.sql("SELECT id, slug, name FROM tags WHERE slug = :slug")
                .param("slug", slug).query(Tag.class).optional();
    }

    /** Every tag with the number of articles that carry it, most used first. */
    List<TagUse> uses() {
        return jdbc.sql("""
                SELECT t.id, t.slug, t.name, COUNT(x.article_id) AS articles
                FROM tags t LEFT JOIN article_tags x ON x.tag_id = t.id
                GROUP BY t.id, t.slug, t.name ORDER BY COUNT(x.article_id) DESC, t.name
                """).query(TagUse.class).list();
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

    /**
     * The tag with this name, created if the newsroom has not used it before. Names that differ only
     * in case are one tag; different names whose addresses would coincide ("C" and "C++") get
     * numbered addresses rather than being merged.
     */
    Tag named(String name) {
        String clean = name.strip();
        String slug = Slugs.of(clean);
        for (int n = 1; ; n++) {
            String candidate = n == 1 ? slug : Slugs.numbered(slug, n);
            Optional<Tag> existing = bySlug(candidate);
            if (existing.isEmpty()) {
                // Another writer may take the address between the look and the insert: then look again.
                existing = jdbc.sql("""
                        INSERT INTO tags (slug, name) VALUES (:slug, :name)
                        ON CONFLICT (slug) DO NOTHING
                        RETURNING id, slug, name
                        """).param("slug", candidate).param("name", clean).query(Tag.class).optional()
                        .or(() -> bySlug(candidate));
            }
            if (existing.get().name().equalsIgnoreCase(clean)) {
                return existing.get();
            }
        }
    }
}
