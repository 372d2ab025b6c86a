package org.masthead.moderation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A list of words and phrases, compiled for matching against comments. One entry per line; an
 * entry ending in {@code *} also matches longer words that begin with it ({@code idiot*} covers
 * "idiots" and "idiotic"); an entry of several words matches them in a row ({@code piece of shit}).
 * Entries in Chinese or Japanese match anywhere inside a run of such text, which has no spaces.
 *
 * <p>Elsewhere only whole words match, so "Scunthorpe" and "cocktail" never hit an entry they
 * contain. Case, accents and simple disguises do not matter: see {@link Folding} and
 * {@link FoldedText}. A word is found by walking a tree of the entries' first words, letter by
 * letter, so the cost grows with the comment and not with the list.
 */
final class WordList {

    /**
     * One match.
     *
     * @param entry the list entry that matched, as it is listed
     * @param words the comment's words that matched, as written
     * @param from the position of the first matched word among the comment's words (-1 in CJK text)
     * @param to the position after the last
     * @param quoted the match stands inside a quotation
     */
    record Hit(String entry, String words, int from, int to, boolean quoted) {

        /** Whether one of those hits spans all of this one's words. */
        boolean insideAny(List<Hit> others) {
            return others.stream().anyMatch(o -> o.from() <= from && to <= o.to());
        }

        /** Whether one of those hits spans all of this one's words and more: "careful" inside "be careful". */
        boolean insideLonger(List<Hit> others) {
            return others.stream().anyMatch(o -> o.from() <= from && to <= o.to() && o.to() - o.from() > to - from);
        }
    }

    /** A compiled entry: its words folded, the last one perhaps a prefix. */
    private record Entry(String listed, String[] folded, String[] keys, int[][] runs, boolean prefix) {
    }

    /** A node of the tree of first words, keyed by folded letters with repeats collapsed. */
    private static final class Node {
        char[] letters = new char[0];
        Node[] children = new Node[0];
        List<Entry> whole = List.of();
        List<Entry> prefixes = List.of();

        Node child(char c) {
            for (int i = 0; i < letters.length; i++) {
                if (letters[i] == c) {
                    return children[i];
                }
            }
            return null;
        }

        Node add(char c) {
            Node existing = child(c);
            if (existing != null) {
                return existing;
            }
            letters = Arrays.copyOf(letters, letters.length + 1);
            children = Arrays.copyOf(children, children.length + 1);
            letters[letters.length - 1] = c;
            return children[children.length - 1] = new Node();
        }
    }

    /**
     * More masked letters than this in one word and it is noise, not a disguise; each mask may
     * follow every branch of the tree, so the bound also keeps hostile input cheap.
     */
    private static final int MOST_MASKS = 2;

    private final Node root = new Node();
    private final List<String[]> cjkEntries = new ArrayList<>();
    private final int size;

    private WordList(Collection<String> entries) {
        int count = 0;
        for (String line : entries) {
            String entry = line == null ? "" : line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            if (compile(entry)) {
                count++;
            }
        }
        this.size = count;
    }

    static WordList of(Collection<String> entries) {
        return new WordList(entries);
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    List<Hit> hits(String text) {
        return hits(FoldedText.of(text));
    }

    /** Every match in the comment, in the order of the words; overlapping matches are all kept. */
    List<Hit> hits(FoldedText text) {
        if (size == 0) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (FoldedText.Word word : text.words()) {
            find(text, word, hits, seen);
        }
        for (FoldedText.Word word : text.alternates()) {
            find(text, word, hits, seen);
        }
        for (FoldedText.CjkRun run : text.cjk()) {
            for (String[] entry : cjkEntries) {
                if (run.folded().contains(entry[1])) {
                    hits.add(new Hit(entry[0], entry[1], -1, -1, run.quoted()));
                }
            }
        }
        return hits;
    }

    private boolean compile(String listed) {
        boolean prefix = listed.endsWith("*") && listed.length() > 1;
        String body = prefix ? listed.substring(0, listed.length() - 1) : listed;
        FoldedText folded = FoldedText.of(body);
        if (folded.words().isEmpty()) {
            if (folded.cjk().isEmpty()) {
                return false;
            }
            cjkEntries.add(new String[] {listed, folded.cjk().get(0).folded()});
            return true;
        }
        List<FoldedText.Word> words = folded.words();
        String[] forms = new String[words.size()];
        String[] keys = new String[words.size()];
        int[][] runs = new int[words.size()][];
        for (int i = 0; i < forms.length; i++) {
            forms[i] = words.get(i).folded();
            keys[i] = words.get(i).key();
            runs[i] = words.get(i).runs();
        }
        Entry entry = new Entry(listed, forms, keys, runs, prefix);
        Node node = root;
        for (int i = 0; i < keys[0].length(); i++) {
            node = node.add(keys[0].charAt(i));
        }
        if (prefix && forms.length == 1) {
            node.prefixes = append(node.prefixes, entry);
        } else {
            node.whole = append(node.whole, entry);
        }
        return true;
    }

    private static List<Entry> append(List<Entry> list, Entry entry) {
        List<Entry> longer = new ArrayList<>(list);
        longer.add(entry);
        return List.copyOf(longer);
    }

    private void find(FoldedText text, FoldedText.Word word, List<Hit> hits, Set<String> seen) {
        String key = word.key();
        int masks = 0;
        for (int i = 0; i < key.length(); i++) {
            masks += key.charAt(i) == Folding.ANY ? 1 : 0;
        }
        walk(text, word, root, 0, masks <= MOST_MASKS && masks <= key.length() - masks, hits, seen);
    }

    /** Follows the word's letters down the tree; a mask or a "1" may follow more than one branch. */
    private void walk(FoldedText text, FoldedText.Word word, Node node, int at, boolean masksAllowed, List<Hit> hits,
            Set<String> seen) {
        String key = word.key();
        if (at > 0) {
            for (Entry entry : node.prefixes) {
                accept(text, word, entry, hits, seen);
            }
        }
        if (at == key.length()) {
            for (Entry entry : node.whole) {
                accept(text, word, entry, hits, seen);
            }
            return;
        }
        char c = key.charAt(at);
        if (c == Folding.ANY) {
            if (masksAllowed) {
                for (int i = 0; i < node.children.length; i++) {
                    walk(text, word, node.children[i], at + 1, true, hits, seen);
                }
            }
            return;
        }
        if (c == Folding.I_OR_L) {
            Node i = node.child('i');
            Node l = node.child('l');
            if (i != null) {
                walk(text, word, i, at + 1, masksAllowed, hits, seen);
            }
            if (l != null) {
                walk(text, word, l, at + 1, masksAllowed, hits, seen);
            }
        }
        Node next = node.child(c);
        if (next != null) {
            walk(text, word, next, at + 1, masksAllowed, hits, seen);
        }
    }

    private void accept(FoldedText text, FoldedText.Word word, Entry entry, List<Hit> hits, Set<String> seen) {
        boolean last = entry.folded().length == 1;
        if (!sameWord(word, entry.keys()[0], entry.runs()[0], last && entry.prefix())) {
            return;
        }
        int to = word.to();
        List<FoldedText.Word> words = text.words();
        for (int i = 1; i < entry.folded().length; i++, to++) {
            if (to >= words.size()) {
                return;
            }
            boolean lastWord = i == entry.folded().length - 1;
            FoldedText.Word next = words.get(to);
            if (!next.key().startsWith(entry.keys()[i]) && !matchesMasked(next.key(), entry.keys()[i])) {
                return;
            }
            if (!sameWord(next, entry.keys()[i], entry.runs()[i], lastWord && entry.prefix())) {
                return;
            }
        }
        if (seen.add(entry.listed() + '@' + word.from())) {
            int start = word.start();
            int end = to == word.to() ? word.end() : words.get(to - 1).end();
            hits.add(new Hit(entry.listed(), text.text().substring(start, end), word.from(), to, word.quoted()));
        }
    }

    /**
     * Whether a word of the comment is the entry's word: the same letters (masks and "1" allowed)
     * repeated exactly as often, or, in a word stretched like "iiiidiot", at least as often. So
     * "but" is not "butt", while "kiiiill" is "kill".
     */
    private static boolean sameWord(FoldedText.Word word, String entryKey, int[] entryRuns, boolean prefix) {
        String key = word.key();
        if (prefix ? key.length() < entryKey.length() : key.length() != entryKey.length()) {
            return false;
        }
        if (!matchesMasked(key, entryKey)) {
            return false;
        }
        int[] runs = word.runs();
        for (int i = 0; i < entryKey.length(); i++) {
            boolean lastOfPrefix = prefix && i == entryKey.length() - 1;
            if (runs[i] == entryRuns[i] || key.charAt(i) == Folding.ANY) {
                continue;
            }
            if ((word.stretched() || lastOfPrefix) && runs[i] > entryRuns[i]) {
                continue;
            }
            return false;
        }
        return true;
    }

    /** Letter by letter over the entry's length, with the word's masks and "1"s standing in. */
    private static boolean matchesMasked(String key, String entryKey) {
        if (key.length() < entryKey.length()) {
            return false;
        }
        for (int i = 0; i < entryKey.length(); i++) {
            char c = key.charAt(i);
            char e = entryKey.charAt(i);
            if (c == e || c == Folding.ANY || (c == Folding.I_OR_L && (e == 'i' || e == 'l'))) {
                continue;
            }
            return false;
        }
        return true;
    }
}
