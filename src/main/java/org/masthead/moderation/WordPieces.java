package org.masthead.moderation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a text into the pieces of the language model's vocabulary, as the model's own (uncased
 * BERT) tokenizer does: lower case without accents, punctuation and each Chinese character apart,
 * then each word into the longest pieces the vocabulary has ("unforgettable" → "un", "##for",
 * "##get", "##table"). The {@link MenaceModel}'s glance reads these pieces many thousand times a
 * second where the model's tokenizer, a native library, costs a fifth of a millisecond a comment.
 */
final class WordPieces {

    static final String UNKNOWN = "[UNK]";
    private static final String CONTINUES = "##";
    /** A longer "word" is no word: the model's tokenizer gives up on it too. */
    private static final int LONGEST_WORD = 100;

    private final Set<String> vocabulary;
    /** The longest piece, in chars: no longer stretch of a word is looked up. */
    private final int longest;

    /** @param vocabulary the model's pieces, a set that does not change (it is not copied) */
    WordPieces(Set<String> vocabulary) {
        this.vocabulary = vocabulary;
        this.longest = vocabulary.stream().mapToInt(String::length).max().orElse(0);
    }

    List<String> of(String text) {
        List<String> pieces = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        String normal = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFD);
        for (int i = 0; i < normal.length(); ) {
            int c = normal.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == 0 || c == 0xFFFD || isControl(c)) {
                continue;
            }
            if (isWhitespace(c)) {
                split(word, pieces);
            } else if (isPunctuation(c) || isChinese(c)) {
                split(word, pieces);
                word.appendCodePoint(c);
                split(word, pieces);
            } else {
                // One character at a time, as the model's tokenizer lowers them ("İ" is already "I" and its dot).
                word.appendCodePoint(Character.toLowerCase(c));
            }
        }
        split(word, pieces);
        return pieces;
    }

    /** Greedy longest match first, as WordPiece does; a word with a part the vocabulary lacks is unknown as a whole. */
    private void split(StringBuilder word, List<String> pieces) {
        if (word.isEmpty()) {
            return;
        }
        String w = word.toString();
        word.setLength(0);
        if (w.codePointCount(0, w.length()) > LONGEST_WORD) {
            pieces.add(UNKNOWN);
            return;
        }
        int before = pieces.size();
        for (int start = 0; start < w.length(); ) {
            String found = null;
            int end = Math.min(w.length(), start + longest);
            if (end < w.length() && Character.isLowSurrogate(w.charAt(end))) {
                end--;
            }
            for (; end > start; end = w.offsetByCodePoints(end, -1)) {
                String piece = start == 0 ? w.substring(start, end) : CONTINUES + w.substring(start, end);
                if (vocabulary.contains(piece)) {
                    found = piece;
                    break;
                }
            }
            if (found == null) {
                pieces.subList(before, pieces.size()).clear();
                pieces.add(UNKNOWN);
                return;
            }
            pieces.add(found);
            start = end;
        }
    }

    /** Most comments: nothing to take apart into letters and accents. */
    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWhitespace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || Character.isSpaceChar(c);
    }

    /** What the tokenizer drops: control and format characters, private and unassigned ones, lone surrogates. */
    private static boolean isControl(int c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.UNASSIGNED, Character.SURROGATE -> true;
            default -> false;
        };
    }

    private static boolean isPunctuation(int c) {
        if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** The CJK ideograph blocks, whose characters the model's tokenizer reads one by one. */
    private static boolean isChinese(int c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF)
                || (c >= 0x2A700 && c <= 0x2B73F) || (c >= 0x2B740 && c <= 0x2B81F) || (c >= 0x2B920 && c <= 0x2CEAF)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
    }
}
