package org.masthead.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Search with PostgreSQL's text search, stemmed in the publication's language where PostgreSQL
 * knows it; headline matches weigh more than standfirst matches, which weigh more than the body's.
 */
class PostgresSearchIndex implements SearchIndex {

    private static final Map<String, String> CONFIGURATIONS = Map.ofEntries(
            Map.entry("en", "english"), Map.entry("de", "german"), Map.entry("fr", "french"),
            Map.entry("es", "spanish"), Map.entry("it", "italian"), Map.entry("nl", "dutch"),
            Map.entry("pt", "portuguese"), Map.entry("sv", "swedish"), Map.entry("da", "danish"),
            Map.entry("fi", "finnish"), Map.entry("nb", "norwegian"), Map.entry("no", "norwegian"),
            Map.entry("ru", "russian"), Map.entry("hu", "hungarian"), Map.entry("ro", "romanian"),
            Map.entry("tr", "turkish"));

    private static final String MARKS = "StartSel=" + MATCH_START + ", StopSel=" + MATCH_END;

    private final JdbcClient jdbc;
    private final Supplier<String> language;

    PostgresSearchIndex(JdbcClient jdbc, Supplier<String> language) {
        this.jdbc = jdbc;
        this.language = language;
    }

    private String configuration() {
        String tag = language.get();
        String primary = tag == null ? "" : tag.split("[-_]")[0].toLowerCase(java.util.Locale.ROOT);
        return CONFIGURATIONS.getOrDefault(primary, "simple");
    }

    @Override
    public void index(long articleId, Instant publishedAt, String headline, String standfirst, String bodyText) {
        jdbc.sql("""
                INSERT INTO article_search (article_id, published_at, headline, standfirst, body, document)
                VALUES (:id, :at, :h, :s, :b,
                        setweight(to_tsvector(CAST(:cfg AS regconfig), :h), 'A')
                        || setweight(to_tsvector(CAST(:cfg AS regconfig), :s), 'B')
                        || setweight(to_tsvector(CAST(:cfg AS regconfig), :b), 'C'))
                ON CONFLICT (article_id) DO UPDATE SET published_at = excluded.published_at,
                    headline = excluded.headline, standfirst = excluded.standfirst,
                    body = excluded.body, document = excluded.document
                """)
                .param("id", articleId).param("at", publishedAt == null ? null : publishedAt.toEpochMilli())
                .param("h", headline).param("s", standfirst).param("b", bodyText)
                .param("cfg", configuration())
                .update();
    }

    @Override
    public void remove(long articleId) {
        jdbc.sql("DELETE FROM article_search WHERE article_id = :id").param("id", articleId).update();
    }

    @Override
    public List<Hit> search(String query, int limit, int offset) {
        List<String> words = SearchIndex.words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        // Words joined by '&' with a prefix match on each; none of the reader's punctuation reaches the parser.
        String tsquery = String.join(" & ", words.stream().map(w -> w.replace("'", "") + ":*").toList());
        return jdbc.sql("""
                SELECT s.article_id AS id,
                       ts_headline(CAST(:cfg AS regconfig), s.headline, q, :headlineOptions) AS headline,
                       ts_headline(CAST(:cfg AS regconfig), s.standfirst || ' ' || s.body, q, :excerptOptions) AS excerpt
                FROM article_search s, to_tsquery(CAST(:cfg AS regconfig), :query) q
                WHERE s.document @@ q
                ORDER BY ts_rank(s.document, q) DESC, s.published_at DESC
                LIMIT :limit OFFSET :offset
                """)
                .param("cfg", configuration()).param("query", tsquery)
                .param("headlineOptions", MARKS + ", HighlightAll=true")
                .param("excerptOptions", MARKS + ", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"")
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new Hit(rs.getLong("id"), rs.getString("headline"), rs.getString("excerpt")))
                .list();
    }
}
