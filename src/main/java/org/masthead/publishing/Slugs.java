package org.masthead.publishing;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Addresses made from titles: lower-case words joined by hyphens, in the title's own script. Latin
 * letters lose their accents ("Café" gives "cafe", as readers type it); every other script keeps its
 * letters as they are — "Нови мост", "Νέα γέφυρα", "新しい橋" — as WordPress does, because a
 * transliteration would be wrong for half the world's languages and unreadable for the rest.
 * Browsers show such addresses as written; feeds and headers carry them percent-encoded.
 */
final class Slugs {

    /** The longest address, in characters. */
    static final int MAX_LENGTH = 120;

    /** Letters that are lower-case or have no case (most scripts have none), digits and marks. */
    private static final String LETTER = "\\p{Ll}\\p{Lm}\\p{Lo}\\p{N}\\p{M}";
    private static final String WORD = "[" + LETTER + "]+";
    private static final Pattern VALID = Pattern.compile(WORD + "(?:-" + WORD + ")*");
    private static final Pattern SEPARATORS = Pattern.compile("[^" + LETTER + "]+");

    private Slugs() {
    }

    static String of(String title) {
        // Compatibility forms first: "𝐁𝐨𝐥𝐝" and "ｆｕｌｌ ｗｉｄｔｈ" become plain letters; whatever still has
        // no lower case (a symbol in letter's clothing) only separates words.
        String plain = Normalizer.normalize(title, Normalizer.Form.NFKC);
        String lower = withoutLatinAccents(plain.toLowerCase(Locale.ROOT));
        String slug = SEPARATORS.matcher(lower).replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.codePointCount(0, slug.length()) > MAX_LENGTH) {
            slug = slug.substring(0, slug.offsetByCodePoints(0, MAX_LENGTH));
            int lastHyphen = slug.lastIndexOf('-');
            slug = lastHyphen > 0 ? slug.substring(0, lastHyphen) : slug;
        }
        return slug.isEmpty() ? "untitled" : slug;
    }

    /** The n-th address for a title whose plain one is taken: "harbour-2", "harbour-3". */
    static String numbered(String slug, int n) {
        String suffix = "-" + n;
        int room = MAX_LENGTH - suffix.length();
        String base = slug.codePointCount(0, slug.length()) > room ? slug.substring(0, slug.offsetByCodePoints(0, room)) : slug;
        return base.replaceAll("-+$", "") + suffix;
    }

    /** Whether a path segment could be a slug at all; anything else is answered 404 without a query. */
    static boolean isValid(String candidate) {
        return candidate != null && !candidate.isEmpty()
                && candidate.codePointCount(0, candidate.length()) <= MAX_LENGTH
                && VALID.matcher(candidate).matches()
                && Normalizer.isNormalized(candidate, Normalizer.Form.NFC);
    }

    /**
     * Drops the accents of Latin letters only: decomposed, a Latin letter's marks follow it, while
     * the marks of other scripts (a Cyrillic й, a Japanese が, Greek tonos) are part of the letter.
     */
    private static String withoutLatinAccents(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        Character.UnicodeScript base = null;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            boolean mark = Character.getType(c) == Character.NON_SPACING_MARK;
            if (!mark) {
                base = Character.UnicodeScript.of(c);
            }
            if (!(mark && base == Character.UnicodeScript.LATIN)) {
                kept.appendCodePoint(c);
            }
        }
        return Normalizer.normalize(kept, Normalizer.Form.NFC);
    }
}
