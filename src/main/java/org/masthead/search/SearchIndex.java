package org.masthead.search;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * Full-text search over the headline, standfirst and body of published articles. SQLite answers with FTS5, PostgreSQL with
 * its text search; both mark matches with the same two control characters, which {@link #toHtml}
 * turns into {@code <mark>} after escaping everything else.
 */
interface SearchIndex {

    char MATCH_START = '\u0001';
    char MATCH_END = '\u0002';

    /** Words as the reader typed them; anything that is not a letter or digit only separates them. */
    Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** A found article, with its headline and an excerpt around the matches, both marked. */
    record Hit(long articleId, String markedHeadline, String markedExcerpt) {
    }

    /** Puts a published article's words in the index, or replaces those it had there; equal matches list the newest first. */
    void index(long articleId, Instant publishedAt, String headline, String standfirst, String bodyText);

    void remove(long articleId);

    /** Articles matching every word of the query, best first; one more than asked tells of a next page. */
    List<Hit> search(String query, int limit, int offset);

    static List<String> words(String query) {
        Matcher m = WORD.matcher(query == null ? "" : query);
        List<String> words = new java.util.ArrayList<>();
        while (m.find() && words.size() < 12) {
            words.add(m.group());
        }
        return words;
    }

    /** Escapes marked text for HTML and turns the marks into {@code <mark>} elements. */
    static String toHtml(String marked) {
        if (marked == null) {
            return "";
        }
        return HtmlUtils.htmlEscape(marked)
                .replace(String.valueOf(MATCH_START), "<mark>")
                .replace(String.valueOf(MATCH_END), "</mark>");
    }
}
