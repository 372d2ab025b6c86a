package org.masthead.moderation;

import java.util.List;
import java.util.stream.Stream;

/**
 * An article's own rules where they differ from the publication's (null: as the publication), and
 * when its discussion was closed by hand. Its word lists can be switched off, or added to: a story
 * about one person may draw words that are harmless elsewhere.
 *
 * @param moreBanned words refused on this article besides the publication's (or instead, when those are off)
 * @param moreSuspect words held on this article besides the publication's
 */
record ArticleRules(long articleId, Boolean holdAll, Integer holdFirst, Integer mostLinks, Boolean scorer,
        Integer closeAfterDays, Long closedAt, Boolean bannedWords, List<String> moreBanned, Boolean suspectWords,
        List<String> moreSuspect, Boolean blockedDomains, Integer rejectionRate, Boolean repeatAcross) {

    ArticleRules {
        moreBanned = moreBanned == null ? List.of() : List.copyOf(moreBanned);
        moreSuspect = moreSuspect == null ? List.of() : List.copyOf(moreSuspect);
    }

    /** The rules that hold comments back, the rest as the publication. */
    ArticleRules(long articleId, Boolean holdAll, Integer holdFirst, Integer mostLinks, Boolean scorer,
            Integer closeAfterDays, Long closedAt) {
        this(articleId, holdAll, holdFirst, mostLinks, scorer, closeAfterDays, closedAt, null, null, null, null, null,
                null, null);
    }

    static ArticleRules none(long articleId) {
        return new ArticleRules(articleId, null, null, null, null, null, null);
    }

    boolean isEmpty() {
        return Stream.of(holdAll, holdFirst, mostLinks, scorer, closeAfterDays, closedAt, bannedWords, suspectWords,
                blockedDomains, rejectionRate, repeatAcross).allMatch(o -> o == null)
                && moreBanned.isEmpty() && moreSuspect.isEmpty();
    }

    /** The same rules, the discussion closed at this time (null: open). */
    ArticleRules withClosedAt(Long when) {
        return new ArticleRules(articleId, holdAll, holdFirst, mostLinks, scorer, closeAfterDays, when, bannedWords,
                moreBanned, suspectWords, moreSuspect, blockedDomains, rejectionRate, repeatAcross);
    }
}
