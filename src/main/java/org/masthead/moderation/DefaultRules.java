package org.masthead.moderation;

/** The rules a new publication starts with: nothing held by default, the word lists, the scorer on. */
final class DefaultRules {

    /** The scorer's figure from which a comment is held, in percent, as tuned on the test corpus. */
    static final int ABUSE_THRESHOLD = 50;

    private DefaultRules() {
    }

    static Rules rules() {
        return new Rules(false, 0, 2, DefaultLists.bannedWords(), DefaultLists.suspectWords(),
                DefaultLists.disposableDomains(), 60, true, true, ABUSE_THRESHOLD, 3, 0, false);
    }
}
