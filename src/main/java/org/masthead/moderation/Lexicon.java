package org.masthead.moderation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighted word lists in sections, read from resources for the {@link LocalScorer}. A line
 * {@code [insults 0.8]} opens a section whose entries weigh 0.8; {@code entry = 0.5} gives one
 * entry its own weight; {@code #} starts a comment. All sections of all files are compiled into
 * one {@link WordList}, so a comment is walked once whatever the number of sections.
 */
final class Lexicon {

    /** An entry as one section lists it. */
    record Term(String section, double weight) {
    }

    private final Map<String, List<Term>> terms;
    private final WordList words;

    private Lexicon(Map<String, List<Term>> terms) {
        this.terms = terms;
        this.words = WordList.of(terms.keySet());
    }

    static Lexicon read(String... resources) {
        Map<String, List<Term>> terms = new HashMap<>();
        for (String resource : resources) {
            String section = "";
            double weight = 0;
            for (String line : DefaultLists.lines(resource)) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                if (entry.startsWith("[") && entry.endsWith("]")) {
                    String[] header = entry.substring(1, entry.length() - 1).strip().split("\\s+");
                    section = header[0];
                    weight = header.length > 1 ? Double.parseDouble(header[1]) : 0;
                    continue;
                }
                double own = weight;
                int equals = entry.lastIndexOf(" = ");
                if (equals > 0) {
                    own = Double.parseDouble(entry.substring(equals + 3).strip());
                    entry = entry.substring(0, equals).strip();
                }
                terms.computeIfAbsent(entry, e -> new ArrayList<>()).add(new Term(section, own));
            }
        }
        return new Lexicon(Map.copyOf(terms));
    }

    List<WordList.Hit> hits(FoldedText text) {
        return words.hits(text);
    }

    /** The sections that list this entry, with its weight in each. */
    List<Term> terms(String entry) {
        return terms.getOrDefault(entry, List.of());
    }
}
