package org.masthead.moderation;

import java.util.Arrays;

/** The rules that decide about a comment by themselves, by the code stored with each decision. */
enum Rule {
    BAN("ban", "Ban"),
    BLOCKED_DOMAIN("blocked-domain", "Blocked email domain"),
    BANNED_WORDS("banned-words", "Banned words"),
    LINKS("links", "Too many links"),
    SUSPECT_WORDS("suspect-words", "Suspect words"),
    TOXICITY("toxicity", "Abusive, by the scorer"),
    SPAM_SCORE("spam-score", "Spam, by the scorer"),
    REPEATED_ACROSS("repeated-across", "Same words on several articles"),
    HOLD_ALL("hold-all", "Every comment held"),
    FIRST_COMMENTS("first-comments", "First comments held"),
    REJECTION_RATE("rejection-rate", "Often refused writer"),
    REPORTS("reports", "Reported by readers");

    private final String code;
    private final String label;

    Rule(String code, String label) {
        this.code = code;
        this.label = label;
    }

    String code() {
        return code;
    }

    String label() {
        return label;
    }

    /** How the audit names a rule's decision. */
    String actor() {
        return "Rule: " + label;
    }

    /** The label for a stored code; a code from a later version is shown as it is. */
    static String labelOf(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).map(Rule::label).findFirst().orElse(code);
    }

    static Rule fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst().orElse(null);
    }
}
