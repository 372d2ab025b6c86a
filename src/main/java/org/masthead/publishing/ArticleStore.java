package org.masthead.publishing;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.masthead.pages.PageTopics;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Writes articles; {@link ArticleRepository} reads them for the public pages. */
@Repository
class ArticleStore {

    /** The fields of an article as they are stored, checked and rendered. */
    record Draft(String slug, String headline, String standfirst, String bodyMarkdown, String bodyHtml,
            Long leadMediaId, Long sectionId, List<Long> authorIds, List<Long> tagIds, ArticleStatus status,
            Instant publishedAt, Instant submittedAt) {
    }

    private final JdbcClient jdbc;

    ArticleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Draft d, Long createdBy, Instant now, Instant updatedAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO articles (slug, headline, standfirst, body_markdown, body_html, lead_media_id, section_id,
                                      status, published_at, submitted_at, created_by, created_at, updated_at)
                VALUES (:slug, :headline, :standfirst, :markdown, :html, :media, :section, :status, :publishedAt,
                        :submittedAt, :createdBy, :now, :updated)
                """)
                .param("slug", d.slug()).param("headline", d.headline()).param("standfirst", d.standfirst())
                .param("markdown", d.bodyMarkdown()).param("html", d.bodyHtml())
                .param("media", d.leadMediaId()).param("section", d.sectionId())
                .param("status", d.status().code())
                .param("publishedAt", millis(d.publishedAt()))
                .param("submittedAt", millis(d.submittedAt()))
                .param("createdBy", createdBy)
                .param("now", now.toEpochMilli())
                .param("updated", updatedAt.toEpochMilli())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        links(id, d);
        return id;
    }

    private void links(long id, Draft d) {
        for (int i = 0; i < d.authorIds().size(); i++) {
            jdbc.sql("INSERT INTO article_authors (article_id, author_id, position) VALUES (:article, :author, :position)")
                    .param("article", id).param("author", d.authorIds().get(i)).param("position", i).update();
        }
        for (long tagId : new LinkedHashSet<>(d.tagIds())) {
            jdbc.sql("INSERT INTO article_tags (article_id, tag_id) VALUES (:article, :tag)")
                    .param("article", id).param("tag", tagId).update();
        }
    }

    /**
     * Replaces an article's fields if nobody saved it since {@code expectedVersion} was read; false
     * means someone else did, and nothing was written.
     */
    boolean update(long id, int expectedVersion, Draft d, Instant now) {
        int changed = jdbc.sql("""
                UPDATE articles SET slug = :slug, headline = :headline, standfirst = :standfirst,
                    body_markdown = :markdown, body_html = :html, lead_media_id = :media, section_id = :section,
                    status = :status, published_at = :publishedAt, submitted_at = :submittedAt,
                    updated_at = :now, version = version + 1
                WHERE id = :id AND version = :expected
                """)
                .param("slug", d.slug()).param("headline", d.headline()).param("standfirst", d.standfirst())
                .param("markdown", d.bodyMarkdown()).param("html", d.bodyHtml())
                .param("media", d.leadMediaId()).param("section", d.sectionId()).param("status", d.status().code())
                .param("publishedAt", millis(d.publishedAt()))
                .param("submittedAt", millis(d.submittedAt()))
                .param("now", now.toEpochMilli()).param("id", id).param("expected", expectedVersion)
                .update();
        if (changed == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM article_authors WHERE article_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM article_tags WHERE article_id = :id").param("id", id).update();
        links(id, d);
        return true;
    }

    /** Whether another article already uses this address. */
    boolean slugTaken(String slug, Long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM articles WHERE slug = :slug AND id <> :id")
                .param("slug", slug).param("id", exceptId == null ? -1L : exceptId).query(Long.class).single() > 0;
    }

    /** Keeps the old address of a published article working after its slug changed. */
    void keepRedirect(long id, String oldSlug, String newSlug) {
        jdbc.sql("DELETE FROM article_redirects WHERE old_slug = :slug").param("slug", newSlug).update();
        jdbc.sql("""
                INSERT INTO article_redirects (old_slug, article_id) VALUES (:old, :id)
                ON CONFLICT (old_slug) DO UPDATE SET article_id = excluded.article_id
                """).param("old", oldSlug).param("id", id).update();
    }

    /** Publishes every scheduled article whose time has come, and says which. */
    List<Long> publishDue(Instant now) {
        return jdbc.sql("""
                UPDATE articles SET status = :published, updated_at = :now, version = version + 1
                WHERE status = :scheduled AND published_at <= :now
                RETURNING id
                """).param("published", ArticleStatus.PUBLISHED.code()).param("scheduled", ArticleStatus.SCHEDULED.code())
                .param("now", now.toEpochMilli()).query(Long.class).list();
    }

    int setStatus(long id, ArticleStatus status, Instant now) {
        return jdbc.sql("UPDATE articles SET status = :status, updated_at = :now, version = version + 1 WHERE id = :id")
                .param("status", status.code()).param("now", now.toEpochMilli()).param("id", id).update();
    }

    /** Gives the article a new address and keeps the old one as a redirect. */
    void rename(long id, String oldSlug, String newSlug, Instant now) {
        jdbc.sql("UPDATE articles SET slug = :slug, updated_at = :now, version = version + 1 WHERE id = :id")
                .param("slug", newSlug).param("now", now.toEpochMilli()).param("id", id).update();
        keepRedirect(id, oldSlug, newSlug);
    }

    /** Deletes the article; its address, and any it had before, answer 410 Gone from now on. */
    void delete(long id, String slug, Instant now) {
        jdbc.sql("""
                INSERT INTO retired_slugs (slug, retired_at) SELECT old_slug, :now FROM article_redirects WHERE article_id = :id
                ON CONFLICT (slug) DO UPDATE SET retired_at = excluded.retired_at
                """).param("id", id).param("now", now.toEpochMilli()).update();
        jdbc.sql("DELETE FROM articles WHERE id = :id").param("id", id).update();
        jdbc.sql("""
                INSERT INTO retired_slugs (slug, retired_at) VALUES (:slug, :now)
                ON CONFLICT (slug) DO UPDATE SET retired_at = excluded.retired_at
                """).param("slug", slug).param("now", now.toEpochMilli()).update();
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    String slugOf(long id) {
        return jdbc.sql("SELECT slug FROM articles WHERE id = :id").param("id", id).query(String.class).single();
    }

    /** The articles that lead with this picture, whose pages show its alt text, caption and credit. */
    List<Long> articlesLeadingWith(long pictureId) {
        return jdbc.sql("SELECT id FROM articles WHERE lead_media_id = :id").param("id", pictureId)
                .query(Long.class).list();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM articles").query(Long.class).single();
    }

    /** Every page topic this article shows up under, as it stands now. */
    Set<String> topicsOf(long id, ZoneId zone) {
        Set<String> topics = new LinkedHashSet<>();
        topics.add(PageTopics.article(id));
        topics.add(PageTopics.ALL_ARTICLES);
        jdbc.sql("""
                SELECT s.slug AS section_slug, a.published_at FROM articles a LEFT JOIN sections s ON s.id = a.section_id
                WHERE a.id = :id
                """).param("id", id).query(rs -> {
                    if (rs.getString("section_slug") != null) {
                        topics.add(PageTopics.section(rs.getString("section_slug")));
                    }
                    long at = rs.getLong("published_at");
                    if (!rs.wasNull()) {
                        ZonedDateTime when = Instant.ofEpochMilli(at).atZone(zone);
                        topics.add(PageTopics.archive(when.getYear(), when.getMonthValue()));
                    }
                });
        jdbc.sql("SELECT t.slug FROM article_tags x JOIN tags t ON t.id = x.tag_id WHERE x.article_id = :id")
                .param("id", id).query(String.class).list().forEach(slug -> topics.add(PageTopics.tag(slug)));
        jdbc.sql("SELECT u.slug FROM article_authors w JOIN authors u ON u.id = w.author_id WHERE w.article_id = :id")
                .param("id", id).query(String.class).list().forEach(slug -> topics.add(PageTopics.author(slug)));
        return topics;
    }
}
