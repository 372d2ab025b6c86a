package org.masthead.publishing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the newsroom reads: articles in every state, their editable fields and their revisions. */
@Repository
class NewsroomRepository {

    /** An article's fields as the editor shows them. */
    record Editable(long id, int version, String slug, String headline, String standfirst, String bodyMarkdown,
            Long leadMediaId, Long sectionId, String status, Long publishedAt, Long submittedAt, Long createdBy,
            List<Long> authorIds, List<String> tags) {

        NewsroomPolicy.Standing standing() {
            return new NewsroomPolicy.Standing(createdBy, status);
        }
    }

    private final JdbcClient jdbc;

    NewsroomRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<NewsroomViews.Row> list(String status, Long sectionId, Long authorId, String query, int limit, int offset) {
        StringBuilder sql = new StringBuilder("""
                SELECT a.id, a.slug, a.headline, a.status, a.published_at, a.submitted_at, a.updated_at,
                       s.name AS section_name,
                       (SELECT MIN(u.name) FROM article_authors w JOIN authors u ON u.id = w.author_id
                        WHERE w.article_id = a.id) AS author_names
                FROM articles a LEFT JOIN sections s ON s.id = a.section_id
                WHERE 1 = 1
                """);
        Map<String, Object> params = new LinkedHashMap<>();
        if (status != null) {
            if (status.equals("review")) {
                sql.append("AND a.status = 'draft' AND a.submitted_at IS NOT NULL\n");
            }
            else {
                sql.append("AND a.status = :status\n");
                params.put("status", status);
            }
        }
        if (sectionId != null) {
            sql.append("AND a.section_id = :section\n");
            params.put("section", sectionId);
        }
        if (authorId != null) {
            sql.append("AND EXISTS (SELECT 1 FROM article_authors w WHERE w.article_id = a.id AND w.author_id = :author)\n");
            params.put("author", authorId);
        }
        if (query != null && !query.isBlank()) {
            sql.append("AND (LOWER(a.headline) LIKE :q OR LOWER(a.standfirst) LIKE :q OR LOWER(a.slug) LIKE :q)\n");
            params.put("q", "%" + query.strip().toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        sql.append("ORDER BY a.updated_at DESC, a.id DESC LIMIT :limit OFFSET :offset");
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(sql.toString()).params(params).query(NewsroomViews.Row.class).list();
    }

    Optional<Editable> editable(long id) {
        List<Long> authors = jdbc.sql("SELECT author_id FROM article_authors WHERE article_id = :id ORDER BY position")
                .param("id", id).query(Long.class).list();
        List<String> tags = jdbc.sql("""
                SELECT t.name FROM article_tags x JOIN tags t ON t.id = x.tag_id WHERE x.article_id = :id ORDER BY t.name
                """).param("id", id).query(String.class).list();
        return jdbc.sql("""
                SELECT id, version, slug, headline, standfirst, body_markdown, lead_media_id, section_id, status,
                       published_at, submitted_at, created_by
                FROM articles WHERE id = :id
                """).param("id", id)
                .query((rs, n) -> new Editable(rs.getLong("id"), rs.getInt("version"), rs.getString("slug"),
                        rs.getString("headline"), rs.getString("standfirst"), rs.getString("body_markdown"),
                        nullableLong(rs, "lead_media_id"), nullableLong(rs, "section_id"), rs.getString("status"),
                        nullableLong(rs, "published_at"), nullableLong(rs, "submitted_at"),
                        nullableLong(rs, "created_by"), authors, tags))
                .optional();
    }

    void addRevision(Editable saved, Long userId, Instant now) {
        jdbc.sql("""
                INSERT INTO article_revisions (article_id, version, slug, headline, standfirst, body_markdown, status,
                                               saved_by, saved_at)
                VALUES (:article, :version, :slug, :headline, :standfirst, :body, :status, :user, :now)
                """)
                .param("article", saved.id()).param("version", saved.version()).param("slug", saved.slug())
                .param("headline", saved.headline()).param("standfirst", saved.standfirst())
                .param("body", saved.bodyMarkdown()).param("status", saved.status()).param("user", userId)
                .param("now", now.toEpochMilli()).update();
    }

    private static final String REVISION_COLUMNS = """
            SELECT r.id, r.version, r.slug, r.headline, r.standfirst, r.body_markdown, r.status,
                   COALESCE(u.display_name, 'Masthead') AS saved_by, r.saved_at
            FROM article_revisions r LEFT JOIN users u ON u.id = r.saved_by
            """;

    List<NewsroomViews.Revision> revisions(long articleId) {
        return jdbc.sql(REVISION_COLUMNS + "WHERE r.article_id = :id ORDER BY r.version DESC")
                .param("id", articleId).query(NewsroomViews.Revision.class).list();
    }

    Optional<NewsroomViews.Revision> revision(long articleId, long revisionId) {
        return jdbc.sql(REVISION_COLUMNS + "WHERE r.article_id = :article AND r.id = :id")
                .param("article", articleId).param("id", revisionId).query(NewsroomViews.Revision.class).optional();
    }

    private static Long nullableLong(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
