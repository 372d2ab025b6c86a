package org.masthead.publishing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.masthead.media.MediaLibrary;
import org.masthead.media.Picture;
import org.masthead.pages.Dateline;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads articles for the public pages. A list costs three queries whatever its length: the articles
 * with their section, the bylines of all of them at once, and their pictures at once from the media
 * library, which keeps its own table.
 */
@Repository
class ArticleRepository {

    private static final String CARD_COLUMNS = """
            SELECT a.id, a.slug, a.headline, a.standfirst, a.published_at, a.updated_at, a.lead_media_id,
                   s.slug AS section_slug, s.name AS section_name
            FROM articles a
            LEFT JOIN sections s ON s.id = a.section_id
            """;

    /** A card before its bylines and picture are added. */
    private record Row(ArticleCard card, Long pictureId) {
    }

    private final JdbcClient jdbc;
    private final PublicationRepository publications;
    private final MediaLibrary media;

    ArticleRepository(JdbcClient jdbc, PublicationRepository publications, MediaLibrary media) {
        this.jdbc = jdbc;
        this.publications = publications;
        this.media = media;
    }

    /** A page of published articles, newest first. */
    List<ArticleCard> published(Publishing.Listing listing, int limit, int offset) {
        StringBuilder sql = new StringBuilder(CARD_COLUMNS).append("WHERE a.status = :published\n");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("published", ArticleStatus.PUBLISHED.code());
        if (listing.sectionId() != null) {
            sql.append("AND a.section_id = :sectionId\n");
            params.put("sectionId", listing.sectionId());
        }
        if (listing.tagId() != null) {
            sql.append("AND EXISTS (SELECT 1 FROM article_tags t WHERE t.article_id = a.id AND t.tag_id = :tagId)\n");
            params.put("tagId", listing.tagId());
        }
        if (listing.authorId() != null) {
            sql.append("AND EXISTS (SELECT 1 FROM article_authors w WHERE w.article_id = a.id AND w.author_id = :authorId)\n");
            params.put("authorId", listing.authorId());
        }
        if (listing.from() != null) {
            sql.append("AND a.published_at >= :from\n");
            params.put("from", listing.from().toEpochMilli());
        }
        if (listing.until() != null) {
            sql.append("AND a.published_at < :until\n");
            params.put("until", listing.until().toEpochMilli());
        }
        sql.append("ORDER BY a.published_at DESC, a.id DESC LIMIT :limit OFFSET :offset");
        params.put("limit", limit);
        params.put("offset", offset);
        return complete(jdbc.sql(sql.toString()).params(params).query(this::row).list());
    }

    /** Published articles with these ids, in the order given (search ranks them). */
    List<ArticleCard> publishedByIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ArticleCard> byId = complete(jdbc.sql(CARD_COLUMNS + "WHERE a.status = :published AND a.id IN (:ids)")
                .param("published", ArticleStatus.PUBLISHED.code()).param("ids", ids).query(this::row).list())
                .stream().collect(Collectors.toMap(ArticleCard::id, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** The accounts behind the article's bylines. */
    java.util.Set<Long> authorAccounts(long articleId) {
        return java.util.Set.copyOf(jdbc.sql("""
                SELECT a.user_id FROM article_authors aa JOIN authors a ON a.id = aa.author_id
                WHERE aa.article_id = :article AND a.user_id IS NOT NULL
                """).param("article", articleId).query(Long.class).list());
    }

    /** The moment of every published article, for the archive's month list. */
    List<Instant> publicationTimes() {
        return jdbc.sql("SELECT published_at FROM articles WHERE status = :published ORDER BY published_at DESC")
                .param("published", ArticleStatus.PUBLISHED.code())
                .query((rs, n) -> Instant.ofEpochMilli(rs.getLong(1))).list();
    }

    /** An article in any state: the page decides what a reader may see. */
    Optional<ArticleDetail> bySlug(String slug) {
        record Found(ArticleDetail article, Long pictureId) {
        }
        return jdbc.sql("""
                SELECT a.id, a.slug, a.headline, a.standfirst, a.body_html, a.body_markdown, a.status,
                       a.published_at, a.updated_at, a.lead_media_id,
                       s.slug AS section_slug, s.name AS section_name
                FROM articles a
                LEFT JOIN sections s ON s.id = a.section_id
                WHERE a.slug = :slug
                """)
                .param("slug", slug)
                .query((rs, n) -> new Found(new ArticleDetail(rs.getLong("id"), rs.getString("slug"),
                        rs.getString("headline"), rs.getString("standfirst"), rs.getString("body_html"),
                        countWords(rs.getString("body_markdown")), ArticleStatus.of(rs.getString("status")),
                        dateline(rs, "published_at"), dateline(rs, "updated_at"), section(rs), null, List.of(),
                        List.of()), nullableLong(rs, "lead_media_id")))
                .optional()
                .map(found -> {
                    ArticleDetail a = found.article();
                    Picture image = found.pictureId() == null ? null
                            : media.pictures(List.of(found.pictureId())).get(found.pictureId());
                    return new ArticleDetail(a.id(), a.slug(), a.headline(), a.standfirst(), a.bodyHtml(), a.words(),
                            a.status(), a.published(), a.updated(), a.section(), image,
                            bylines(List.of(a.id())).getOrDefault(a.id(), List.of()), tags(a.id()));
                });
    }

    /** Where a renamed article lives now. */
    Optional<String> currentSlugFor(String oldSlug) {
        return jdbc.sql("""
                SELECT a.slug FROM article_redirects r JOIN articles a ON a.id = r.article_id WHERE r.old_slug = :slug
                """).param("slug", oldSlug).query(String.class).optional();
    }

    boolean isRetired(String slug) {
        return jdbc.sql("SELECT COUNT(*) FROM retired_slugs WHERE slug = :slug").param("slug", slug)
                .query(Long.class).single() > 0;
    }

    /** An article as other modules refer to it, in whatever state it is. */
    Optional<ArticleRef> ref(long id) {
        return jdbc.sql("SELECT id, slug, headline, status, published_at FROM articles WHERE id = :id")
                .param("id", id).query(this::asRef).optional();
    }

    /** These articles, without their words; numbers with no article are left out. */
    java.util.List<ArticleRef> refs(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.List.of();
        }
        return jdbc.sql("SELECT id, slug, headline, status, published_at FROM articles WHERE id IN (:ids)")
                .param("ids", ids).query(this::asRef).list();
    }

    /** The article at this address, without its words, tags or bylines. */
    Optional<ArticleRef> refBySlug(String slug) {
        return jdbc.sql("SELECT id, slug, headline, status, published_at FROM articles WHERE slug = :slug")
                .param("slug", slug).query(this::asRef).optional();
    }

    private ArticleRef asRef(ResultSet rs, int row) throws SQLException {
        return new ArticleRef(rs.getLong("id"), rs.getString("slug"), rs.getString("headline"),
                ArticleStatus.of(rs.getString("status")), instant(rs, "published_at"));
    }

    /** An article's words as its writers typed them. */
    Optional<Publishing.Text> words(long id) {
        return jdbc.sql("SELECT id, headline, standfirst, body_markdown FROM articles WHERE id = :id").param("id", id)
                .query((rs, n) -> new Publishing.Text(id, rs.getString("headline"), rs.getString("standfirst"),
                        rs.getString("body_markdown")))
                .optional();
    }

    private List<Taxonomy.Tag> tags(long articleId) {
        return jdbc.sql("""
                SELECT t.id, t.slug, t.name FROM article_tags x JOIN tags t ON t.id = x.tag_id
                WHERE x.article_id = :id ORDER BY t.name
                """).param("id", articleId).query(Taxonomy.Tag.class).list();
    }

    /** Adds the bylines and pictures of a whole list at once. */
    private List<ArticleCard> complete(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<AuthorRef>> bylines = bylines(rows.stream().map(r -> r.card().id()).toList());
        Map<Long, Picture> pictures = media.pictures(rows.stream().map(Row::pictureId).filter(Objects::nonNull)
                .distinct().toList());
        List<ArticleCard> result = new ArrayList<>(rows.size());
        for (Row row : rows) {
            ArticleCard c = row.card();
            result.add(new ArticleCard(c.id(), c.slug(), c.headline(), c.standfirst(), c.published(), c.updated(),
                    c.section(), row.pictureId() == null ? null : pictures.get(row.pictureId()),
                    bylines.getOrDefault(c.id(), List.of()), List.of()));
        }
        return result;
    }

    private Map<Long, List<AuthorRef>> bylines(Collection<Long> articleIds) {
        Map<Long, List<AuthorRef>> result = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT w.article_id, u.id, u.slug, u.name, u.bio_short
                FROM article_authors w JOIN authors u ON u.id = w.author_id
                WHERE w.article_id IN (:ids)
                ORDER BY w.article_id, w.position
                """)
                .param("ids", articleIds)
                .query(rs -> {
                    result.computeIfAbsent(rs.getLong("article_id"), k -> new ArrayList<>())
                            .add(new AuthorRef(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
                                    rs.getString("bio_short")));
                });
        return result;
    }

    private Row row(ResultSet rs, int row) throws SQLException {
        return new Row(new ArticleCard(rs.getLong("id"), rs.getString("slug"), rs.getString("headline"),
                rs.getString("standfirst"), dateline(rs, "published_at"), dateline(rs, "updated_at"), section(rs),
                null, List.of(), List.of()), nullableLong(rs, "lead_media_id"));
    }

    private Dateline dateline(ResultSet rs, String column) throws SQLException {
        Instant at = instant(rs, column);
        return publications.current().dateline(at);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static SectionLink section(ResultSet rs) throws SQLException {
        String slug = rs.getString("section_slug");
        return slug == null ? null : new SectionLink(slug, rs.getString("section_name"));
    }

    static int countWords(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        return text.strip().split("\\s+").length;
    }
}
