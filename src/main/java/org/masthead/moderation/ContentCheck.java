package org.masthead.moderation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything the moderation rules say about a comment's words, as a pure function of the words
 * and a {@link ContentPolicy}: no database, no clock, no writer. In order, the first that applies
 * decides: banned words refuse; too many links, then suspect words, hold; a high spam score files
 * the comment as spam; a high abuse score holds it. The scorer runs every time, so a moderator who
 * later reads a comment that passed still sees what the scorer found in it.
 *
 * <p>Banned and suspect words inside quotation marks do not count: readers quote abuse in order to
 * condemn it ("my son was called 'faggot' at school"). The scorer still sees them, discounted, and
 * quotation marks around an insult aimed at the reader ("you 'genius'") do not hide it from it.
 */
final class ContentCheck {

    enum Outcome { PASS, HOLD, SPAM, REFUSE }

    /**
     * What the rules decided.
     *
     * @param outcome what happens to the comment
     * @param rule the rule that decided, as moderation names it ("banned-words", "links",
     *     "suspect-words", "spam-score", "toxicity"); null when none did
     * @param reason a sentence for the writer; null when the comment passes
     * @param abuse the scorer's abuse figure, 0..1
     * @param spam the scorer's spam figure, 0..1
     * @param evidence what moved the figures and what the rules matched, the weightiest first
     */
    record Finding(Outcome outcome, String rule, String reason, double abuse, double spam, List<Evidence> evidence) {

        Finding {
            evidence = List.copyOf(evidence);
        }
    }

    private final ContentPolicy policy;

    ContentCheck(ContentPolicy policy) {
        this.policy = policy;
    }

    Finding check(String text) {
        String body = text == null ? "" : text;
        FoldedText folded = FoldedText.of(body);
        Links links = Links.in(body);
        Toxicity toxicity = policy.scorer() instanceof LocalScorer local ? local.score(folded, links, policy.abuseThreshold())
                : policy.scorer().score(body);
        List<Evidence> evidence = new ArrayList<>();

        Set<String> banned = unquoted(policy.banned().hits(folded));
        banned.forEach(words -> evidence.add(new Evidence("banned word", words, 1)));
        Set<String> suspect = unquoted(policy.suspect().hits(folded));
        suspect.forEach(words -> evidence.add(new Evidence("suspect word", words, 1)));
        boolean tooManyLinks = policy.mostLinks() >= 0 && links.count() > policy.mostLinks();
        if (tooManyLinks) {
            evidence.add(new Evidence("too many links", links.count() + " links", 1));
        }
        evidence.addAll(toxicity.evidence());

        if (!banned.isEmpty()) {
            return finding(Outcome.REFUSE, "banned-words", "Your comment uses words this publication does not publish ("
                    + quoted(banned) + "). Please reword it and post it again.", toxicity, evidence);
        }
        if (tooManyLinks) {
            return finding(Outcome.HOLD, "links", "Your comment has " + links.count() + " links, and comments with more than "
                    + policy.mostLinks() + (policy.mostLinks() == 1 ? " link" : " links")
                    + " wait for a moderator before they appear.", toxicity, evidence);
        }
        if (!suspect.isEmpty()) {
            return finding(Outcome.HOLD, "suspect-words", "Your comment uses words that a moderator reads before they appear ("
                    + quoted(suspect) + ").", toxicity, evidence);
        }
        if (toxicity.spam() >= policy.spamThreshold()) {
            return finding(Outcome.SPAM, "spam-score", "Your comment reads like advertising, so it will not appear.",
                    toxicity, evidence);
        }
        if (toxicity.abuse() >= policy.abuseThreshold()) {
            return finding(Outcome.HOLD, "toxicity", "Your comment may be hurtful to someone ("
                    + strongestAbuse(toxicity) + "), so a moderator will read it before it appears.", toxicity, evidence);
        }
        return finding(Outcome.PASS, null, null, toxicity, evidence);
    }

    /** The words as the writer wrote them, once each; matches inside quotations left out. */
    private static Set<String> unquoted(List<WordList.Hit> hits) {
        Set<String> words = new LinkedHashSet<>();
        for (WordList.Hit hit : hits) {
            if (!hit.quoted()) {
                words.add(hit.words());
            }
        }
        return words;
    }

    private static String quoted(Set<String> words) {
        return "\u201C" + String.join("\u201D, \u201C", words) + "\u201D";
    }

    /**
     * The weightiest abuse reason, in words a writer understands. The language models' reading
     * names no words (the known threat it resembled is for moderators), so it is said as such.
     */
    private static String strongestAbuse(Toxicity toxicity) {
        boolean readAsAThreat = false;
        for (Evidence e : toxicity.evidence()) {
            if (e.feature().startsWith(SecondReading.FEATURE)) {
                readAsAThreat = true;
            } else if (!e.words().isEmpty() && !e.feature().startsWith("spam:")) {
                return (readAsAThreat ? "read as a whole, it sounds like a threat; " : "") + e.feature() + ": \u201C"
                        + e.words() + "\u201D";
            }
        }
        return readAsAThreat ? "read as a whole, it sounds like a threat" : "its wording";
    }

    private static Finding finding(Outcome outcome, String rule, String reason, Toxicity toxicity,
            List<Evidence> evidence) {
        return new Finding(outcome, rule, reason, toxicity.abuse(), toxicity.spam(), evidence);
    }
}
