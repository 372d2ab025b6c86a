package org.masthead.publishing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.masthead.publishing.Editorial.Editable;
import org.masthead.publishing.Editorial.Filter;
import org.masthead.publishing.Editorial.Revision;
import org.masthead.publishing.Editorial.Row;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the newsroom reads: articles in every state, their editable fields and their revisions. */
@Repository
class DeskRepository {

    private static final String REVISION_COLUMNS = """
            SELECT id, version, slug, headline, standfirst, body_markdown, status, saved_by, saved_at
            FROM article_revisions
            """;

    private final JdbcClient jdbc;

    DeskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> list(Filter filter, int limit, int offset) {
        StringBuilder sql = new StringBuilder("""
                SELECT a.id, a.slug, a.headline, a.status, a.published_at, a.submitted_at, a.updated_at,
                       s.name AS section_name,
                       (SELECT MIN(u.name) FROM article_authors w JOIN authors u ON u.id = w.author_id
                        WHERE w.article_id = a.id) AS author_names
                FROM articles a LEFT JOIN sections s ON s.id = a.section_id
                WHERE 1 = 1
                """);
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.stage() != null) {
            ArticleStatus status = switch (filter.stage()) {
                case SCHEDULED -> ArticleStatus.SCHEDULED;
                case PUBLISHED -> ArticleStatus.PUBLISHED;
                default -> ArticleStatus.DRAFT;
            };
            sql.append("AND a.status = :status\n");
            params.put("status", status.code());
            if (filter.stage() == Editorial.Stage.REVIEW) {
                sql.append("AND a.submitted_at IS NOT NULL\n");
            }
        }
        if (filter.sectionId() != null) {
            sql.append("AND a.section_id = :section\n");
            params.put("section", filter.sectionId());
        }
        if (filter.authorId() != null) {
            sql.append("AND EXISTS (SELECT 1 FROM article_authors w WHERE w.article_id = a.id AND w.author_id = :author)\n");
            params.put("author", filter.authorId());
        }
        if (filter.query() != null && !filter.query().isBlank()) {
            sql.append("AND (LOWER(a.headline) LIKE :q OR LOWER(a.standfirst) LIKE :q OR LOWER(a.slug) LIKE :q)\n");
            params.put("q", "%" + filter.query().strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        sql.append("ORDER BY a.updated_at DESC, a.id DESC LIMIT :limit OFFSET :offset");
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("slug"), rs.getString("headline"),
                        ArticleStatus.of(rs.getString("status")), instant(rs, "published_at"),
                        instant(rs, "submitted_at"), instant(rs, "updated_at"), rs.getString("section_name"),
                        rs.getString("author_names")))
                .list();
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
                        ArticleRepository.nullableLong(rs, "lead_media_id"),
                        ArticleRepository.nullableLong(rs, "section_id"), ArticleStatus.of(rs.getString("status")),
                        instant(rs, "published_at"), instant(rs, "submitted_at"),
                        ArticleRepository.nullableLong(rs, "created_by"), authors, tags))
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
                .param("body", saved.bodyMarkdown()).param("status", saved.status().code()).param("user", userId)
                .param("now", now.toEpochMilli()).update();
    }

    List<Revision> revisions(long articleId) {
        return jdbc.sql(REVISION_COLUMNS + "WHERE article_id = :id ORDER BY version DESC")
                .param("id", articleId).query(DeskRepository::revision).list();
    }

    Optional<Revision> revision(long articleId, long revisionId) {
        return jdbc.sql(REVISION_COLUMNS + "WHERE article_id = :article AND id = :id")
                .param("article", articleId).param("id", revisionId).query(DeskRepository::revision).optional();
    }

    private static Revision revision(ResultSet rs, int n) throws SQLException {
        return new Revision(rs.getLong("id"), rs.getInt("version"), rs.getString("slug"), rs.getString("headline"),
                rs.getString("standfirst"), rs.getString("body_markdown"), ArticleStatus.of(rs.getString("status")),
                ArticleRepository.nullableLong(rs, "saved_by"), Instant.ofEpochMilli(rs.getLong("saved_at")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}
