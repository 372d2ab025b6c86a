package org.masthead.publishing;

import java.util.List;
import java.util.Optional;
import org.masthead.publishing.Taxonomy.Section;
import org.masthead.publishing.Taxonomy.Tag;
import org.masthead.publishing.Taxonomy.TagUse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Sections and tags: the ways a publication sorts its articles. Authors, who have pictures, are {@link AuthorRepository}'s. */
@Repository
class TaxonomyRepository {

    private static final String SECTION = "SELECT id, slug, name, description FROM sections ";
    private static final String TAG = "SELECT id, slug, name FROM tags ";

    private final JdbcClient jdbc;

    TaxonomyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** In the newsroom's order, which is the navigation's. */
    List<Section> sections() {
        return jdbc.sql(SECTION + "ORDER BY position, name").query(Section.class).list();
    }

    Optional<Section> section(String slug) {
        return jdbc.sql(SECTION + "WHERE slug = :slug").param("slug", slug).query(Section.class).optional();
    }

    Optional<Section> section(long id) {
        return jdbc.sql(SECTION + "WHERE id = :id").param("id", id).query(Section.class).optional();
    }

    long createSection(String slug, String name, String description, int position) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO sections (slug, name, description, position) VALUES (:slug, :name, :description, :position)")
                .param("slug", slug).param("name", name).param("description", description).param("position", position)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void updateSection(long id, String name, String description) {
        jdbc.sql("UPDATE sections SET name = :name, description = :description WHERE id = :id")
                .param("name", name).param("description", description).param("id", id).update();
    }

    /** Swaps the section with its neighbour above (up) or below, in navigation order. */
    void moveSection(long id, boolean up) {
        List<Section> order = sections();
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

    long articlesInSection(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM articles WHERE section_id = :id").param("id", id).query(Long.class).single();
    }

    void deleteSection(long id) {
        jdbc.sql("DELETE FROM sections WHERE id = :id").param("id", id).update();
    }

    Optional<Tag> tag(String slug) {
        return jdbc.sql(TAG + "WHERE slug = :slug").param("slug", slug).query(Tag.class).optional();
    }

    Optional<Tag> tag(long id) {
        return jdbc.sql(TAG + "WHERE id = :id").param("id", id).query(Tag.class).optional();
    }

    /** Every tag with the number of articles that carry it, most used first. */
    List<TagUse> tagUses() {
        return jdbc.sql("""
                SELECT t.id, t.slug, t.name, COUNT(x.article_id) AS articles
                FROM tags t LEFT JOIN article_tags x ON x.tag_id = t.id
                GROUP BY t.id, t.slug, t.name ORDER BY COUNT(x.article_id) DESC, t.name
                """).query(TagUse.class).list();
    }

    void renameTag(long id, String name) {
        jdbc.sql("UPDATE tags SET name = :name WHERE id = :id").param("name", name).param("id", id).update();
    }

    void deleteTag(long id) {
        jdbc.sql("DELETE FROM tags WHERE id = :id").param("id", id).update();
    }

    /**
     * The tag with this name, created if the newsroom has not used it before. Names that differ only
     * in case are one tag; different names whose addresses would coincide ("C" and "C++") get
     * numbered addresses rather than being merged.
     */
    Tag tagNamed(String name) {
        String clean = name.strip();
        String slug = Slugs.of(clean);
        for (int n = 1; ; n++) {
            String candidate = n == 1 ? slug : Slugs.numbered(slug, n);
            Optional<Tag> existing = tag(candidate);
            if (existing.isEmpty()) {
                // Another writer may take the address between the look and the insert: then look again.
                existing = jdbc.sql("""
                        INSERT INTO tags (slug, name) VALUES (:slug, :name)
                        ON CONFLICT (slug) DO NOTHING
                        RETURNING id, slug, name
                        """).param("slug", candidate).param("name", clean).query(Tag.class).optional()
                        .or(() -> tag(candidate));
            }
            if (existing.get().name().equalsIgnoreCase(clean)) {
                return existing.get();
            }
        }
    }
}
