package org.masthead.moderation;

import java.util.Arrays;

/**
 * The pieces of a comment that could be words: runs of letters and digits, with the symbols people
 * type for letters ({@code @ $ ! *}) when they stand inside a word, and apostrophes between letters.
 * Runs of Chinese or Japanese are pieces of their own. What lies between pieces is a separator.
 */
final class Fragments {

    private final String text;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private boolean[] cjk = new boolean[16];
    private int size;

    private Fragments(String text) {
        this.text = text;
    }

    static Fragments of(String text) {
        Fragments f = new Fragments(text);
        f.scan();
        return f;
    }

    int size() {
        return size;
    }

    int start(int k) {
        return starts[k];
    }

    int end(int k) {
        return ends[k];
    }

    boolean cjk(int k) {
        return cjk[k];
    }

    String written(int k) {
        return text.substring(starts[k], ends[k]);
    }

    String separatorBefore(int k) {
        return text.substring(k == 0 ? 0 : ends[k - 1], starts[k]);
    }

    /** One letter alone, as in "m o r o n". */
    boolean singleLetter(int k) {
        if (cjk[k]) {
            return false;
        }
        int cp = text.codePointAt(starts[k]);
        int after = starts[k] + Character.charCount(cp);
        while (after < ends[k] && Folding.ignorable(text.codePointAt(after))) {
            after += Character.charCount(text.codePointAt(after));
        }
        return after == ends[k] && (Character.isLetter(cp) || cp == '@' || cp == '$');
    }

    private void scan() {
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (Folding.isCjk(cp)) {
                int end = i;
                while (end < n && (Folding.isCjk(text.codePointAt(end)) || Folding.ignorable(text.codePointAt(end)))) {
                    end += Character.charCount(text.codePointAt(end));
                }
                add(i, end, true);
                i = end;
            } else if (wordChar(cp) || maskOrSymbol(cp)) {
                int end = i;
                while (end < n) {
                    int c = text.codePointAt(end);
                    if (wordChar(c) || maskOrSymbol(c)
                            || (Folding.isApostrophe(c) && end > i && letterAt(end - 1) && end + 1 < n && letterAt(end + 1))) {
                        end += Character.charCount(c);
                    } else {
                        break;
                    }
                }
                trimAndAdd(i, end);
                i = end;
            } else {
                i += Character.charCount(cp);
            }
        }
    }

    /**
     * Symbols count only inside a word: "wow!!!" ends at "w", "*important*" is emphasis, but
     * "@sshole", "f**k" and "d!ckhead" keep theirs.
     */
    private void trimAndAdd(int start, int end) {
        boolean emphasis = text.charAt(start) == '*';
        while (start < end && (text.charAt(start) == '!' || text.charAt(start) == '*')) {
            start++;
        }
        while (end > start) {
            char last = text.charAt(end - 1);
            if (last == '!' || last == '@' || last == '$' || (last == '*' && emphasis)) {
                end--;
            } else {
                break;
            }
        }
        boolean real = false;
        for (int j = start; j < end; j++) {
            real |= Character.isLetterOrDigit(text.charAt(j));
        }
        if (!real) {
            return;
        }
        add(start, end, false);
    }

    private boolean letterAt(int i) {
        return Character.isLetter(text.charAt(i));
    }

    private static boolean wordChar(int cp) {
        return (Character.isLetterOrDigit(cp) && !Folding.isCjk(cp)) || Folding.ignorable(cp);
    }

    private static boolean maskOrSymbol(int cp) {
        return cp == '@' || cp == '$' || cp == '!' || cp == '*';
    }

    private void add(int start, int end, boolean isCjk) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            cjk = Arrays.copyOf(cjk, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        cjk[size] = isCjk;
        size++;
    }
}
