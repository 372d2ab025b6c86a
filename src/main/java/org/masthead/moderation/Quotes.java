package org.masthead.moderation;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the parts of a comment that quote someone else: text between quotation marks of any
 * common style, and Markdown {@code >} quote lines. Readers quote abuse in order to criticise it,
 * and the scorer must be able to tell that from abuse of their own.
 *
 * <p>One pass with a small stack, so nested or unbalanced marks in hostile input stay linear.
 */
final class Quotes {

    /** A quotation longer than this is more likely a stray mark than a quote. */
    private static final int LONGEST = 400;
    /** Deeper nesting than this is not how people quote; ignore the excess. */
    private static final int DEEPEST = 8;

    private Quotes() {
    }

    /** For every char of the text, whether it lies inside a quotation. */
    static boolean[] mark(String text) {
        int n = text.length();
        boolean[] quoted = new boolean[n];
        int[] openAt = new int[DEEPEST];
        char[] closer = new char[DEEPEST];
        int depth = 0;
        boolean lineStart = true;
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                depth = 0; // a quotation does not run over a paragraph
                lineStart = true;
                continue;
            }
            if (lineStart && c == '>') {
                int end = text.indexOf('\n', i);
                end = end < 0 ? n : end;
                spans.add(new int[] {i, end});
                i = end - 1;
                continue;
            }
            if (!Character.isWhitespace(c)) {
                lineStart = false;
            }
            // Close first: the same straight mark both opens and closes.
            int match = -1;
            for (int d = depth - 1; d >= 0; d--) {
                if (closes(closer[d], c) && canClose(text, i, c)) {
                    match = d;
                    break;
                }
            }
            if (match >= 0) {
                if (i - openAt[match] <= LONGEST) {
                    spans.add(new int[] {openAt[match], i + 1});
                }
                depth = match;
                continue;
            }
            char close = closerOf(c);
            if (close != 0 && canOpen(text, i, c) && depth < DEEPEST) {
                openAt[depth] = i;
                closer[depth] = close;
                depth++;
            }
        }
        for (int[] span : spans) {
            for (int i = span[0]; i < span[1]; i++) {
                quoted[i] = true;
            }
        }
        return quoted;
    }

    private static char closerOf(char c) {
        return switch (c) {
            case '"' -> '"';
            case '\'' -> '\'';
            case '\u201C' -> '\u201D'; // “ ”
            case '\u201E' -> '\u201C'; // „ “ (German)
            case '\u2018' -> '\u2019'; // ‘ ’
            case '\u201A' -> '\u2018'; // ‚ ‘
            case '\u00AB' -> '\u00BB'; // « »
            case '\u00BB' -> '\u00AB'; // » « (Danish, German)
            case '\u2039' -> '\u203A'; // ‹ ›
            case '\u300C' -> '\u300D'; // 「 」
            case '\u300E' -> '\u300F'; // 『 』
            default -> 0;
        };
    }

    private static boolean closes(char expected, char c) {
        return c == expected
                || (expected == '\u201C' && c == '\u201D') // „…” as well as „…“
                || (expected == '\u2018' && c == '\u2019')
                || (expected == '\'' && c == '\u2019');
    }

    /**
     * An apostrophe is not a quotation mark: a single straight or curly quote opens only at the
     * start of a word and closes only at its end ("don't", "residents' association" do neither).
     */
    private static boolean canOpen(String text, int i, char c) {
        if (c != '\'' && c != '\u2018' && c != '"') {
            return true;
        }
        boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
        boolean after = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
        return before && after;
    }

    private static boolean canClose(String text, int i, char c) {
        if (c != '\'' && c != '\u2019') {
            return true;
        }
        boolean before = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
        boolean after = i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
        return before && after;
    }
}
