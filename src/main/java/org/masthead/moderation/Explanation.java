package org.masthead.moderation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Why a comment was decided as it was: the rule that decided (or null), the scorer's figures and the
 * reasons behind them, as a moderator reads them beside the comment.
 */
record Explanation(String rule, double abuse, double spam, List<Evidence> evidence) {

    Explanation {
        evidence = List.copyOf(evidence);
    }

    int abusePerMille() {
        return (int) Math.round(abuse * 1000);
    }

    int spamPerMille() {
        return (int) Math.round(spam * 1000);
    }

    /** One reason per line, "feature<TAB>words<TAB>weight"; tabs and line ends in the words become spaces. */
    String evidenceText() {
        StringBuilder text = new StringBuilder();
        for (Evidence e : evidence) {
            text.append(flat(e.feature())).append('\t').append(flat(e.words())).append('\t')
                    .append(String.format(Locale.ROOT, "%.3f", e.weight())).append('\n');
        }
        return text.toString();
    }

    /** How it travels through the discussion's screening to be stored with the comment: the figures first, the reasons after. */
    String details() {
        return String.format(Locale.ROOT, "%d\t%d\n", abusePerMille(), spamPerMille()) + evidenceText();
    }

    static Explanation fromDetails(String rule, String details) {
        if (details == null || details.isEmpty()) {
            return new Explanation(rule, 0, 0, List.of());
        }
        int end = details.indexOf('\n');
        String[] figures = details.substring(0, end < 0 ? details.length() : end).split("\t");
        return read(rule, Integer.parseInt(figures[0]), Integer.parseInt(figures[1]),
                end < 0 ? "" : details.substring(end + 1));
    }

    static Explanation read(String rule, int abusePerMille, int spamPerMille, String evidenceText) {
        List<Evidence> evidence = new ArrayList<>();
        for (String line : evidenceText.split("\n")) {
            String[] parts = line.split("\t", -1);
            if (parts.length == 3) {
                evidence.add(new Evidence(parts[0], parts[1], Double.parseDouble(parts[2])));
            }
        }
        return new Explanation(rule, abusePerMille / 1000.0, spamPerMille / 1000.0, evidence);
    }

    private static String flat(String text) {
        return text == null ? "" : text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
