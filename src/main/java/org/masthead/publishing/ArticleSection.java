package org.masthead.publishing;

import gg.jte.Content;
import java.util.List;
import java.util.Set;
import org.masthead.pages.FormToken;
import org.masthead.pages.Script;

/**
 * A part of the article page below the story, contributed by another module — the discussion is
 * the first. Publishing knows nothing of what a section holds: it asks every section, in
 * {@link #order()}, for its content and renders it where the article ends.
 *
 * <p>An article page is served to anonymous readers from memory, so what a section renders for a
 * reader without a session must be the same for all of them (per-reader bits arrive by script),
 * and {@link #topics} must name what it shows, so that a change to it drops the cached page.
 */
public interface ArticleSection {

    /** Where the section stands among the others, smaller first. */
    int order();

    /**
     * The section for this published article, or null when the module has nothing to show under it.
     *
     * @param token what the reader's forms must carry, or null for a reader without a session, whose
     *     page is cached: their forms carry no token and are checked by their origin instead
     */
    Content render(ArticleRef article, FormToken token);

    /** The page topics the section shows for this article, beyond the article itself. */
    default Set<String> topics(ArticleRef article) {
        return Set.of();
    }

    /** The scripts the section needs on the page. */
    default List<Script> scripts() {
        return List.of();
    }

    /**
     * What the section adds to the article's structured data (schema.org properties of the
     * NewsArticle, such as {@code commentCount}); values must be plain maps, lists, strings and numbers.
     */
    default java.util.Map<String, Object> structuredData(ArticleRef article) {
        return java.util.Map.of();
    }

    /** Feeds of what the section shows, announced in the article page's head. */
    default List<org.masthead.pages.PageHead.FeedLink> feeds(ArticleRef article) {
        return List.of();
    }
}
