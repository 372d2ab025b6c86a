package org.masthead.moderation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A comment read as a sequence of folded words, each remembering where it was written, whether it
 * stands in a quotation and whether it opens a sentence. Folded once per comment and shared by
 * every word list and by the scorer.
 *
 * <p>Obfuscation is undone here: letters spaced out or dotted ({@code m o r o n},
 * {@code i.d.i.o.t}) become one word; a word split by a hyphen or a dot ({@code id-iot}) is also
 * offered whole, as an {@linkplain #alternates() alternate}, beside its parts. Everything is one
 * pass over the text.
 */
final class FoldedText {

    /**
     * One word.
     *
     * @param folded see {@link Folding#word}
     * @param key the folded word with repeated letters written once
     * @param runs how often each letter of the key was repeated
     * @param stretched some letter was written three or more times in a row, as in "iiiidiot"
     * @param start where the word begins in the comment
     * @param end where it ends
     * @param from its position among the comment's words
     * @param to the position after it (an alternate may stand for several words)
     */
    record Word(String folded, String key, int[] runs, boolean stretched, int start, int end, int from, int to,
            boolean quoted, boolean sentenceStart) {

        static Word of(String folded, int start, int end, int from, int to, boolean quoted, boolean sentenceStart) {
            String key = Folding.collapse(folded);
            int[] runs = Folding.runs(folded, key.length());
            boolean stretched = false;
            for (int i = 0; i < runs.length; i++) {
                stretched |= runs[i] >= 3 && key.charAt(i) != Folding.ANY;
            }
            return new Word(folded, key, runs, stretched, start, end, from, to, quoted, sentenceStart);
        }
    }

    /** A stretch of the comment: its characters from {@code start} up to, not including, {@code end}. */
    record Span(int start, int end) {
    }

    /** A stretch of Chinese or Japanese, folded; words are found inside it. */
    record CjkRun(String folded, int start, int end, boolean quoted) {
    }

    /** Spaced-out letters join only when three or more are spaced the same, short, way. */
    private static final int SHORTEST_SPACED_RUN = 3;
    private static final int WIDEST_SPACING = 3;

    private final String text;
    private final boolean[] quoted;
    private final List<Word> words = new ArrayList<>();
    private final List<Word> alternates = new ArrayList<>();
    private final List<CjkRun> cjk = new ArrayList<>();

    private FoldedText(String text) {
        this.text = text;
        this.quoted = Quotes.mark(text);
    }

    static FoldedText of(String text) {
        FoldedText folded = new FoldedText(text);
        folded.read(Fragments.of(text), folded.quoted);
        return folded;
    }

    String text() {
        return text;
    }

    /** The comment without what it quotes: what the writer says in their own words. */
    String unquoted() {
        return without(quoted);
    }

    /** The writer's own words, as {@link #unquoted()}, less the stretches given. */
    String unquoted(List<Span> leftOut) {
        boolean[] left = quoted.clone();
        for (Span span : leftOut) {
            Arrays.fill(left, span.start(), span.end(), true);
        }
        return without(left);
    }

    private String without(boolean[] left) {
        StringBuilder own = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!left[i]) {
                own.append(text.charAt(i));
            }
        }
        return own.toString();
    }

    /** The sentence in which the word at {@code at} stands, up to where the next one begins. */
    Span sentenceOf(int at) {
        int first = at;
        while (first > 0 && !words.get(first).sentenceStart()) {
            first--;
        }
        int next = at + 1;
        while (next < words.size() && !words.get(next).sentenceStart()) {
            next++;
        }
        return new Span(words.get(first).start(), next < words.size() ? words.get(next).start() : text.length());
    }

    /** The words in order, obfuscated spellings undone. */
    List<Word> words() {
        return words;
    }

    /** Other readings of some words: "id-iot" as "idiot", "editor's" as "editor". */
    List<Word> alternates() {
        return alternates;
    }

    List<CjkRun> cjk() {
        return cjk;
    }

    private void read(Fragments f, boolean[] quoted) {
        int n = f.size();
        int k = 0;
        while (k < n) {
            boolean sentenceStart = k == 0 || endsSentence(f.separatorBefore(k));
            if (f.cjk(k)) {
                cjk.add(new CjkRun(Folding.cjk(f.written(k)), f.start(k), f.end(k), quoted[f.start(k)]));
                k++;
                continue;
            }
            int spaced = spacedRun(f, k);
            if (spaced >= SHORTEST_SPACED_RUN) {
                StringBuilder letters = new StringBuilder(spaced);
                for (int j = k; j < k + spaced; j++) {
                    letters.append(f.written(j));
                }
                String joined = Folding.word(letters.toString());
                int at = words.size();
                int start = f.start(k);
                int end = f.end(k + spaced - 1);
                words.add(Word.of(joined, start, end, at, at + 1, quoted[start], sentenceStart));
                // "is a m o r o n": the article was spaced out with the insult.
                char first = joined.charAt(0);
                if (first == 'a' || first == 'i' || first == 'u') {
                    alternates.add(Word.of(joined.substring(1), f.start(k + 1), end, at, at + 1, quoted[start], false));
                }
                k += spaced;
                continue;
            }
            int chain = compoundChain(f, k);
            int firstWord = words.size();
            StringBuilder joined = chain > 1 ? new StringBuilder() : null;
            for (int j = k; j < k + chain; j++) {
                String folded = Folding.word(f.written(j));
                int at = words.size();
                words.add(Word.of(folded, f.start(j), f.end(j), at, at + 1, quoted[f.start(j)],
                        j == k && sentenceStart));
                apostropheAlternate(f, j, at, quoted);
                if (joined != null) {
                    joined.append(folded);
                }
            }
            if (joined != null) {
                alternates.add(Word.of(joined.toString(), f.start(k), f.end(k + chain - 1), firstWord, words.size(),
                        quoted[f.start(k)], sentenceStart));
            }
            k += chain;
        }
    }

    /** "editor's" is also "editor", "you're" also "you": lists hold the plain word. */
    private void apostropheAlternate(Fragments f, int j, int at, boolean[] quoted) {
        String written = f.written(j);
        for (int i = written.length() - 2; i > 0 && i >= written.length() - 3; i--) {
            if (Folding.isApostrophe(written.charAt(i))) {
                alternates.add(Word.of(Folding.word(written.substring(0, i)), f.start(j), f.start(j) + i, at, at + 1,
                        quoted[f.start(j)], false));
                return;
            }
        }
    }

    /** How many single letters from k on are spaced out alike ("m o r o n", "s-t-u-p-i-d"). */
    private static int spacedRun(Fragments f, int k) {
        if (!f.singleLetter(k) || k + 1 >= f.size() || !f.singleLetter(k + 1)) {
            return 0;
        }
        String spacing = f.separatorBefore(k + 1);
        if (spacing.isEmpty() || spacing.length() > WIDEST_SPACING || !blank(spacing)) {
            return 0;
        }
        int j = k + 1;
        while (j + 1 < f.size() && f.singleLetter(j + 1) && f.separatorBefore(j + 1).equals(spacing)) {
            j++;
        }
        return j - k + 1;
    }

    /** How many fragments from k on are joined by single hyphens, dots or underscores. */
    private static int compoundChain(Fragments f, int k) {
        int j = k;
        while (j + 1 < f.size() && !f.cjk(j + 1)) {
            String between = f.separatorBefore(j + 1);
            if (between.length() != 1 || "-._\u2010\u2011".indexOf(between.charAt(0)) < 0) {
                break;
            }
            j++;
        }
        return j - k + 1;
    }

    /** Spacing, not text: no letters, digits or line breaks. */
    private static boolean blank(String spacing) {
        for (int i = 0; i < spacing.length(); i++) {
            char c = spacing.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '\n' || c == '\r') {
                return false;
            }
        }
        return true;
    }

    private static boolean endsSentence(String separator) {
        for (int i = 0; i < separator.length(); i++) {
            char c = separator.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == '\u2026' || c == '\u3002' || c == ';'
                    || c == ':') {
                return true;
            }
        }
        return false;
    }
}
