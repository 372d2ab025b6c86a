package org.masthead.publishing;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Addresses made from titles: lower-case ASCII words joined by hyphens. */
final class Slugs {

    static final int MAX_LENGTH = 120;
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    static String of(String title) {
        String ascii = DIACRITICS.matcher(Normalizer.normalize(title, Normalizer.Form.NFD)).replaceAll("");
        String slug = SEPARATORS.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = slug.replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+[a-z0-9]*$", "");
        }
        return slug.isEmpty() ? "untitled" : slug;
    }

    /** Whether a path segment could be a slug at all; anything else is answered 404 without a query. */
    static boolean isValid(String candidate) {
        return candidate != null && candidate.length() <= MAX_LENGTH && VALID.matcher(candidate).matches();
    }
}
