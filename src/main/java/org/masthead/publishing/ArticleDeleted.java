package org.masthead.publishing;

/** An article was deleted for good; its addresses answer 410 Gone from now on. */
public record ArticleDeleted(long articleId, String slug) {
}
