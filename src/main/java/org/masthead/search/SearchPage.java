package org.masthead.search;

import java.util.List;
import org.masthead.pages.Pager;
import org.masthead.publishing.ArticleCard;

/**
 * What the search page shows.
 *
 * @param tooShort the query held nothing to search for (only punctuation, say)
 */
record SearchPage(String query, List<Result> results, Pager pager, boolean tooShort) {

    /** A found article with its headline and excerpt as safe HTML, matches in {@code <mark>}. */
    public record Result(ArticleCard card, String headlineHtml, String excerptHtml) {
    }
}
