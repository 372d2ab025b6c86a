package org.masthead.pages;

/**
 * Rules for text a person types, shared by every form. Control characters are refused for every
 * request before any form sees it (they have no place in text and break what is written from it,
 * such as XML); what is left here is what only some fields refuse, and what every writer of XML
 * must leave out whatever got stored.
 */
public final class TypedText {

    private TypedText() {
    }

    /** A control character: C0 other than tab, line feed and carriage return; DEL; C1. */
    public static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
    }

    /**
     * Whether the text holds a character that changes the direction of the text after it (embeddings,
     * overrides and isolates, U+202A–U+202E and U+2066–U+2069). Running text in Arabic or Hebrew may
     * carry them; a name must not, or "moc.elgoog" can be made to read as something else.
     */
    public static boolean turnsDirection(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                return true;
            }
        }
        return false;
    }

    /** The sentence for a name refused by {@link #turnsDirection}. */
    public static final String NO_DIRECTION_MARKS = "Names cannot contain characters that change the direction of "
            + "the text after them (such as U+202E). Type the name again without them.";

    /**
     * The text without what XML 1.0 cannot carry (control characters, U+FFFE and U+FFFF, halves of
     * surrogate pairs), so a feed or sitemap stays well-formed even for text stored before these
     * rules, or through a way that skipped them.
     */
    public static String forXml(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean allowed = pair || (!Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF'
                    && (c >= 0x20 || c == '\t' || c == '\n' || c == '\r'));
            if (!allowed && kept == null) {
                kept = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (kept != null && allowed) {
                kept.append(c);
                if (pair) {
                    kept.append(text.charAt(++i));
                }
            }
            else if (pair) {
                i++;
            }
        }
        return kept == null ? text : kept.toString();
    }
}
