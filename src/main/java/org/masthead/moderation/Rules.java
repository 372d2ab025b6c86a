package org.masthead.moderation;

import java.util.List;

/**
 * The publication's moderation rules, as the newsroom set them.
 *
 * @param holdAll hold every comment for a moderator
 * @param holdFirst hold a writer's comments until this many of theirs were approved; 0 turns it off
 * @param mostLinks hold a comment with more links than this; -1 turns it off
 * @param bannedWords refused, with a message; one entry per line, {@code word*} for a word and its endings
 * @param suspectWords held for review
 * @param blockedDomains email domains whose writers may not comment (disposable mail)
 * @param rejectionRate hold the comments of a writer with at least this share (percent) of theirs refused; 0 turns it off
 * @param repeatAcross take the same words posted on several articles for spam
 * @param scorer let the scorer hold comments it finds abusive
 * @param abuseThreshold the scorer's figure (percent) from which a comment is held
 * @param reportThreshold hide a comment reported by this many readers until a moderator has read it
 * @param closeAfterDays close an article's discussion this many days after it was published; 0 never
 * @param digest email moderators each day what awaits them
 */
record Rules(boolean holdAll, int holdFirst, int mostLinks, List<String> bannedWords, List<String> suspectWords,
        List<String> blockedDomains, int rejectionRate, boolean repeatAcross, boolean scorer, int abuseThreshold,
        int reportThreshold, int closeAfterDays, boolean digest) {

    /** A writer is judged by their share of refused comments only once this many were decided. */
    static final int JUDGED_BEFORE_RATE = 4;

    Rules {
        bannedWords = List.copyOf(bannedWords);
        suspectWords = List.copyOf(suspectWords);
        blockedDomains = List.copyOf(blockedDomains);
    }

    /** These rules with an article's own where it has them. */
    Rules forArticle(ArticleRules own) {
        if (own == null) {
            return this;
        }
        return new Rules(or(own.holdAll(), holdAll), or(own.holdFirst(), holdFirst), or(own.mostLinks(), mostLinks),
                words(own.bannedWords(), bannedWords, own.moreBanned()),
                words(own.suspectWords(), suspectWords, own.moreSuspect()),
                Boolean.FALSE.equals(own.blockedDomains()) ? List.of() : blockedDomains,
                or(own.rejectionRate(), rejectionRate), or(own.repeatAcross(), repeatAcross), or(own.scorer(), scorer),
                abuseThreshold, reportThreshold, or(own.closeAfterDays(), closeAfterDays), digest);
    }

    private static <T> T or(T own, T publications) {
        return own != null ? own : publications;
    }

    /** The publication's list unless switched off, and the article's own words after it. */
    private static List<String> words(Boolean on, List<String> publications, List<String> more) {
        List<String> kept = Boolean.FALSE.equals(on) ? List.of() : publications;
        if (more.isEmpty()) {
            return kept;
        }
        return java.util.stream.Stream.concat(kept.stream(), more.stream()).distinct().toList();
    }
}
