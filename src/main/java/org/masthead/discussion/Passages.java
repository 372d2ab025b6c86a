package org.masthead.discussion;

import java.text.Normalizer;

/**
 * Passages of an article quoted by comments. A passage is found by its words, not by a position: so
 * it is found again after small edits elsewhere in the article, and a change to the passage itself
 * shows, since its words are no longer there.
 */
final class Passages {

    /** How much of the text before and after a quote is kept, to tell apart two places with the same words. */
    static final int CONTEXT = 64;

    private Passages() {
    }

    /** Text as compared: one space for any run of white space, compatibility forms made plain. */
    static String normalized(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
    }

    /** The text just before a quote as kept: its last {@link #CONTEXT} characters, normalized, or null. */
    static String before(String raw) {
        String context = normalized(raw);
        return context.isEmpty() ? null : context.substring(Math.max(0, context.length() - CONTEXT));
    }

    /** The text just after a quote as kept: its first {@link #CONTEXT} characters, normalized, or null. */
    static String after(String raw) {
        String context = normalized(raw);
        return context.isEmpty() ? null : context.substring(0, Math.min(context.length(), CONTEXT));
    }

    /** Whether the article's text (as {@link #normalized}) still holds the passage. */
    static boolean stillIn(String normalizedArticle, String quote) {
        return quote != null && normalizedArticle.contains(normalized(quote));
    }
}
