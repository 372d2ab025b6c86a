package org.masthead.publishing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads articles for the public pages. A list costs two queries whatever its length: the articles
 * with their section and picture, then the bylines of all of them at once.
 */
@Repository
class ArticleRepository {

    /** Which published articles a list shows; null fields do not narrow it. */
    record Listing(Long sectionId, Long tagId, Long authorId, Instant from, Instant until) {

        static final Listing ALL = new Listing(null, null, null, null, null);

        static Listing section(long id) {
            return new Listing(id, null, null, null, null);
        }

        static Listing tag(long id) {
            return new Listing(null, id, null, null, null);
        }

        static Listing author(long id) {
            return new Listing(null, null, id, null, null);
        }

        static Listing between(Instant from, Instant until) {
            return new Listing(null, null, null, from, until);
        }

        /** A calendar month as the publication's readers live it, midnight to midnight in its zone. */
        static Listing month(java.time.YearMonth month, java.time.ZoneId zone) {
            return between(month.atDay(1).atStartOfDay(zone).toInstant(),
                    month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
        }
    }

    private static final String CARD_COLUMNS = """
            SELECT a.id, a.slug, a.headline, a.standfirst, a.published_at, a.updated_at,
                   s.slug AS section_slug, s.name AS section_name,
                   m.storage_key, m.content_type, m.rendition_type, m.width, m.height, m.rendition_widths,
                   m.alt_text, m.caption, m.credit
            FROM articles a
            LEFT JOIN sections s ON s.id = a.section_id
            LEFT JOIN media m ON m.id = a.lead_media_id
            """;

    private final JdbcClient jdbc;
    private final Publishing publishing;

    ArticleRepository(JdbcClient jdbc, Publishing publishing) {
        this.jdbc = jdbc;
        this.publishing = publishing;
    }

    /** A page of published articles, newest first. */
    List<ArticleCard> published(Listing listing, int limit, int offset) {
        StringBuilder sql = new StringBuilder(CARD_COLUMNS).append("WHERE a.status = 'published'\n");
        Map<String, Object> params = new LinkedHashMap<>();
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
        return withBylines(jdbc.sql(sql.toString()).params(params).query(this::card).list());
    }

    /** Published articles with these ids, in the order given (search ranks them). */
    List<ArticleCard> publishedByIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ArticleCard> byId = withBylines(jdbc.sql(CARD_COLUMNS + "WHERE a.status = 'published' AND a.id IN (:ids)")
                .param("ids", ids).query(this::card).list())
                .stream().collect(Collectors.toMap(ArticleCard::id, Function.identity()));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The moment of every published article, for the archive's month list. */
    List<Instant> publicationTimes() {
        return jdbc.sql("SELECT published_at FROM articles WHERE status = 'published' ORDER BY published_at DESC")
                .query((rs, n) -> Instant.ofEpochMilli(rs.getLong(1))).list();
    }

    /** An article in any state: the page decides what a reader may see. */
    Optional<ArticleDetail> bySlug(String slug) {
        return jdbc.sql("""
                SELECT a.id, a.slug, a.headline, a.standfirst, a.body_html, a.body_markdown, a.status,
                       a.published_at, a.updated_at,
                       s.slug AS section_slug, s.name AS section_name,
                       m.storage_key, m.content_type, m.rendition_type, m.width, m.height, m.rendition_widths,
                       m.alt_text, m.caption, m.credit
                FROM articles a
                LEFT JOIN sections s ON s.id = a.section_id
                LEFT JOIN media m ON m.id = a.lead_media_id
                WHERE a.slug = :slug
                """)
                .param("slug", slug)
                .query((rs, n) -> new ArticleDetail(rs.getLong("id"), rs.getString("slug"), rs.getString("headline"),
                        rs.getString("standfirst"), rs.getString("body_html"), countWords(rs.getString("body_markdown")),
                        rs.getString("status"), dateline(rs, "published_at"), dateline(rs, "updated_at"),
                        section(rs), image(rs), List.of(), List.of()))
                .optional()
                .map(a -> new ArticleDetail(a.id(), a.slug(), a.headline(), a.standfirst(), a.bodyHtml(), a.words(),
                        a.status(), a.published(), a.updated(), a.section(), a.image(),
                        bylines(List.of(a.id())).getOrDefault(a.id(), List.of()), tags(a.id())));
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

    private List<TagRef> tags(long articleId) {
        return jdbc.sql("""
                SELECT t.id, t.slug, t.name FROM article_tags x JOIN tags t ON t.id = x.tag_id
                WHERE x.article_id = :id ORDER BY t.name
                """).param("id", articleId).query(TagRef.class).list();
    }

    private List<ArticleCard> withBylines(List<ArticleCard> cards) {
        if (cards.isEmpty()) {
            return cards;
        }
        Map<Long, List<AuthorRef>> bylines = bylines(cards.stream().map(ArticleCard::id).toList());
        List<ArticleCard> result = new ArrayList<>(cards.size());
        for (ArticleCard c : cards) {
            result.add(new ArticleCard(c.id(), c.slug(), c.headline(), c.standfirst(), c.published(), c.updated(),
                    c.section(),
                    c.image(), bylines.getOrDefault(c.id(), List.of())));
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

    private ArticleCard card(ResultSet rs, int row) throws SQLException {
        return new ArticleCard(rs.getLong("id"), rs.getString("slug"), rs.getString("headline"),
                rs.getString("standfirst"), dateline(rs, "published_at"), dateline(rs, "updated_at"), section(rs),
                image(rs), List.of());
    }

    private Dateline dateline(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : publishing.dateline(Instant.ofEpochMilli(millis));
    }

    private static SectionLink section(ResultSet rs) throws SQLException {
        String slug = rs.getString("section_slug");
        return slug == null ? null : new SectionLink(slug, rs.getString("section_name"));
    }

    private static LeadImage image(ResultSet rs) throws SQLException {
        String key = rs.getString("storage_key");
        if (key == null) {
            return null;
        }
        return new LeadImage(key, MediaFormat.extensionOf(rs.getString("content_type")),
                MediaFormat.extensionOf(rs.getString("rendition_type")), rs.getInt("width"), rs.getInt("height"),
                LeadImage.parseWidths(rs.getString("rendition_widths")), rs.getString("alt_text"),
                rs.getString("caption"), rs.getString("credit"));
    }

    static int countWords(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        return text.strip().split("\\s+").length;
    }
}
