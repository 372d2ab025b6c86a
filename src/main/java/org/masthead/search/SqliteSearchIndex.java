package org.masthead.search;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Search with SQLite's FTS5; the virtual table's rowid is the article id. */
class SqliteSearchIndex implements SearchIndex {

    private final JdbcClient jdbc;

    SqliteSearchIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void index(long articleId, Instant publishedAt, String headline, String standfirst, String bodyText) {
        jdbc.sql("DELETE FROM article_search WHERE rowid = :id").param("id", articleId).update();
        jdbc.sql("""
                INSERT INTO article_search (rowid, headline, standfirst, body, published_at) VALUES (:id, :h, :s, :b, :at)
                """).param("id", articleId).param("h", headline).param("s", standfirst).param("b", bodyText)
                .param("at", publishedAt == null ? null : publishedAt.toEpochMilli()).update();
    }

    @Override
    public void remove(long articleId) {
        jdbc.sql("DELETE FROM article_search WHERE rowid = :id").param("id", articleId).update();
    }

    @Override
    public List<Hit> search(String query, int limit, int offset) {
        List<String> words = SearchIndex.words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        // Each word becomes a quoted prefix term, so no reader input is ever read as FTS5 syntax.
        String match = words.stream().map(w -> "\"" + w + "\"*").collect(Collectors.joining(" "));
        return jdbc.sql("""
                SELECT rowid AS id,
                       highlight(article_search, 0, char(1), char(2)) AS headline,
                       snippet(article_search, -1, char(1), char(2), '…', 28) AS excerpt
                FROM article_search
                WHERE article_search MATCH :match
                ORDER BY bm25(article_search, 10.0, 4.0, 1.0), published_at DESC
                LIMIT :limit OFFSET :offset
                """)
                .param("match", match).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new Hit(rs.getLong("id"), rs.getString("headline"), rs.getString("excerpt")))
                .list();
    }
}
