package org.masthead.moderation;

import java.text.Normalizer;

/**
 * Turns one written word into the form that word lists compare: accents and case removed, the
 * digits and symbols people type for letters read as letters ({@code 1d10t}, {@code f@ggot}),
 * Cyrillic and Greek look-alikes inside a Latin word read as Latin ({@code ϲunt}). The same
 * folding is applied to list entries, so both sides meet.
 *
 * <p>Two characters survive folding with a special meaning: {@link #ANY} where a letter was masked
 * ({@code st*pid}) and {@link #I_OR_L} for a {@code 1}, which stands for either letter.
 */
final class Folding {

    /** A masked letter: matches any one letter. */
    static final char ANY = '*';
    /** A "1" in a word: "i" in {@code 1d10t}, "l" in {@code ki11}. */
    static final char I_OR_L = '1';

    private Folding() {
    }

    /**
     * Folds one word as written. Digits count as letters only in a word that has a real letter,
     * so "2019" and "£40m" stay what they are.
     */
    static String word(String written) {
        String text = written;
        if (!isAscii(text)) {
            text = Normalizer.normalize(text, Normalizer.Form.NFKD);
        }
        boolean hasLetter = false;
        boolean latin = false;
        boolean lookalike = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                hasLetter = true;
                char lower = Character.toLowerCase(c);
                if (lower >= 'a' && lower <= 'z') {
                    latin = true;
                } else if (latinLookalike(lower) != 0) {
                    lookalike = true;
                }
            }
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (ignorable(cp) || isApostrophe(cp)) {
                continue;
            }
            int c = Character.toLowerCase(cp);
            c = switch (c) {
                case 'ı' -> 'i';
                case 'ø' -> 'o';
                case 'ł' -> 'l';
                case 'đ' -> 'd';
                case 'ς' -> 'σ';
                default -> c;
            };
            if (c == 'ß') {
                out.append("ss");
                continue;
            }
            if (latin && lookalike) {
                char latinForm = latinLookalike(c);
                if (latinForm != 0) {
                    c = latinForm;
                }
            }
            if (hasLetter) {
                c = letterFor(c);
            }
            out.appendCodePoint(c);
        }
        return out.toString();
    }

    /** A word with every run of one letter written once: "iiiidiot" and "idiot" share "idiot". */
    static String collapse(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        char last = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c != last || c == ANY) {
                out.append(c);
            }
            last = c;
        }
        return out.toString();
    }

    /** How many times each letter of {@link #collapse} was written in a row. */
    static int[] runs(String folded, int collapsedLength) {
        int[] runs = new int[collapsedLength];
        int at = -1;
        char last = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c != last || c == ANY) {
                at++;
            }
            runs[at]++;
            last = c;
        }
        return runs;
    }

    /** Chinese, Japanese: written without spaces, so their words are found inside runs of text. */
    static boolean isCjk(int cp) {
        if (cp < 0x2E80) {
            return false; // below the CJK blocks: the common case, answered without a table lookup
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || cp == 0x30FC; // the katakana long-vowel mark is "common" script
    }

    /** A run of CJK text folded for substring search: full-width forms made plain, nothing else. */
    static String cjk(String written) {
        return isAscii(written) ? written : Normalizer.normalize(written, Normalizer.Form.NFKC);
    }

    /** Part of a word without being a letter: accents, joiners, the Arabic stretching mark. */
    static boolean ignorable(int cp) {
        if (cp < 0x80) {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT || cp == 0x0640;
    }

    /** Inside a word an apostrophe joins ("you're" is "youre"); it is never a letter of its own. */
    static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u02BC';
    }

    private static int letterFor(int c) {
        return switch (c) {
            case '0' -> 'o';
            case '1' -> I_OR_L;
            case '3' -> 'e';
            case '4', '@' -> 'a';
            case '5', '$' -> 's';
            case '7' -> 't';
            case '!', '|' -> 'i';
            default -> c;
        };
    }

    /** Cyrillic and Greek letters that look like Latin ones, as used to slip a word past a list. */
    private static char latinLookalike(int c) {
        return switch (c) {
            case 'а', 'α' -> 'a';
            case 'с', 'ϲ', 'σ', 'ς' -> 'c';
            case 'е', 'ε' -> 'e';
            case 'і', 'ι' -> 'i';
            case 'ј' -> 'j';
            case 'к', 'κ' -> 'k';
            case 'о', 'ο' -> 'o';
            case 'р', 'ρ' -> 'p';
            case 'ѕ' -> 's';
            case 'т', 'τ' -> 't';
            case 'у', 'υ' -> 'u';
            case 'х', 'χ' -> 'x';
            case 'ν' -> 'v';
            default -> 0;
        };
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
