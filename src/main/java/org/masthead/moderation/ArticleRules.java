package org.masthead.moderation;

/**
 * An article's own rules where they differ from the publication's (null: as the publication), and
 * when its discussion was closed by hand.
 */
record ArticleRules(long articleId, Boolean holdAll, Integer holdFirst, Integer mostLinks, Boolean scorer,
        Integer closeAfterDays, Long closedAt) {

    static ArticleRules none(long articleId) {
        return new ArticleRules(articleId, null, null, null, null, null, null);
    }

    boolean isEmpty() {
        return holdAll == null && holdFirst == null && mostLinks == null && scorer == null && closeAfterDays == null
                && closedAt == null;
    }
}
