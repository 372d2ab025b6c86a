package org.masthead.moderation;

/**
 * The settings {@link ContentCheck} decides by.
 *
 * @param banned words a comment may not use: it is refused, and the writer told why
 * @param suspect words that send a comment to a moderator
 * @param mostLinks a comment with more links than this waits for a moderator; -1 for no limit
 * @param abuseThreshold the scorer's abuse figure (0..1) from which a comment waits for a moderator
 * @param spamThreshold the scorer's spam figure (0..1) from which a comment is filed as spam
 * @param scorer the scorer
 */
record ContentPolicy(WordList banned, WordList suspect, int mostLinks, double abuseThreshold, double spamThreshold,
        ToxicityScorer scorer) {

    /** Tuned on the tune rows of the moderation corpus; see ContentCheck_CorpusTest. */
    static final double DEFAULT_ABUSE_THRESHOLD = 0.5;
    static final double DEFAULT_SPAM_THRESHOLD = 0.5;
    /** Two links are a reader citing sources; a third starts to look like advertising. */
    static final int DEFAULT_MOST_LINKS = 2;

    /** The lists a publication starts with, and the local scorer. */
    static ContentPolicy defaults() {
        return defaults(new LocalScorer());
    }

    static ContentPolicy defaults(ToxicityScorer scorer) {
        return new ContentPolicy(WordList.of(DefaultLists.bannedWords()), WordList.of(DefaultLists.suspectWords()),
                DEFAULT_MOST_LINKS, DEFAULT_ABUSE_THRESHOLD, DEFAULT_SPAM_THRESHOLD, scorer);
    }
}
