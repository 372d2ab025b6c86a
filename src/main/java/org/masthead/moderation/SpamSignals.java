package org.masthead.moderation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shape of spam, as opposed to its words: links, hidden links, phone numbers and email
 * addresses to take the conversation elsewhere, money, shouting, and the same words over and
 * over. Each is weak alone (readers share links and shout too); together they add up. Their
 * features are named "spam: …" so that a moderator tells them from reasons of abuse.
 */
final class SpamSignals {

    /** Fewer letters than this and a comment in capitals is an exclamation, not shouting. */
    private static final int SHOUT_LETTERS = 12;
    private static final double SHOUT_SHARE = 0.6;
    /** Digits in a row (spaces and dashes allowed) from which a number is a telephone number. */
    private static final int PHONE_DIGITS = 9;

    /** Words any comment repeats. */
    private static final Set<String> COMMON = Set.of("the", "and", "you", "for", "are", "was", "were", "that", "this",
            "with", "not", "but", "have", "has", "they", "their", "our", "its", "from", "what", "who", "all", "one",
            "will", "would", "been", "more", "than", "there", "which", "when", "why", "how", "just", "very", "les",
            "des", "der", "die", "das", "und", "que", "los", "las", "del");

    private SpamSignals() {
    }

    static void add(String text, List<FoldedText.Word> words, Links links, List<Evidence> evidence) {
        if (links.count() > 0) {
            evidence.add(new Evidence("spam: link", String.join(" ", links.links()), 0.3));
        }
        if (links.count() > 1) {
            evidence.add(new Evidence("spam: several links", links.count() + " links", 0.2));
        }
        if (!links.shortened().isEmpty()) {
            evidence.add(new Evidence("spam: link through a shortener", String.join(" ", links.shortened()), 0.4));
        }
        if (!links.spelt().isEmpty()) {
            evidence.add(new Evidence("spam: link spelt out", String.join(" ", links.spelt()), 0.2));
        }
        if (!links.emails().isEmpty()) {
            evidence.add(new Evidence("spam: email address", String.join(" ", links.emails()), 0.25));
        }
        String phone = phoneNumber(text);
        if (phone != null) {
            evidence.add(new Evidence("spam: phone number", phone, 0.35));
        }
        String firstSum = null;
        String rate = null;
        for (int at = money(text, 0); at >= 0 && rate == null; at = money(text, at + 1)) {
            String sum = sumAt(text, at);
            firstSum = firstSum == null ? sum : firstSum;
            rate = earnings(text, at + sum.length(), sum);
        }
        if (rate != null) {
            evidence.add(new Evidence("spam: promised earnings", rate, 0.35));
        } else if (firstSum != null) {
            evidence.add(new Evidence("spam: sum of money", firstSum, 0.15));
        }
        String percent = bigPercentage(text);
        if (percent != null) {
            evidence.add(new Evidence("spam: promised percentage", percent, 0.15));
        }
        String off = percentOff(text);
        if (off != null) {
            evidence.add(new Evidence("spam: discount", off, 0.3));
        }
        if (shouting(text)) {
            evidence.add(new Evidence("spam: written in capitals", "", 0.25));
        }
        String marks = repeatedMarks(text);
        if (marks != null) {
            evidence.add(new Evidence("spam: repeated punctuation", marks, 0.15));
        }
        if (emoji(text) >= 2) {
            evidence.add(new Evidence("spam: emoji", "", 0.15));
        }
        String repeated = repeatedWord(words);
        if (repeated != null) {
            evidence.add(new Evidence("spam: same word over and over", repeated, 0.35));
        }
    }

    private static String phoneNumber(String text) {
        int digits = 0;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c >= '0' && c <= '9') {
                if (digits == 0) {
                    start = i;
                }
                digits++;
            } else if (!(digits > 0 && (c == ' ' || c == '-' || c == '(' || c == ')' || c == '.'))
                    && !(digits == 0 && c == '+')) {
                if (digits >= PHONE_DIGITS) {
                    return text.substring(start, i).strip();
                }
                digits = 0;
            }
        }
        return null;
    }

    /** Where the next sum of money from {@code from} stands that is not said to have been spent, saved, lost or raised; -1 if none. */
    private static int money(String text, int from) {
        for (int i = from; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '$' || c == '£' || c == '€') && Character.isDigit(text.charAt(i + 1)) && !spent(text, i)) {
                return i;
            }
        }
        return -1;
    }

    private static String sumAt(String text, int at) {
        int end = at + 1;
        while (end < text.length() && (Character.isDigit(text.charAt(end)) || text.charAt(end) == ',' || text.charAt(end) == '.')) {
            end++;
        }
        return text.substring(at, end);
    }

    /**
     * Whether one of the three words before the sum at {@code at}, in its sentence, says the money
     * was spent, saved, lost, raised or charged: "raised £4,100 for the hospice", "saved me around
     * £200 a month", "lost £8,000 to a fake broker", "parking now costs £4 an hour" tell of money,
     * where spam promises it ("get paid $500 a day", "Google pays $87/hour"). Paying is the writer's
     * own only when they say so: "I pay £95 a month", "we paid £300". The walk back stops at the
     * sentence's end and after a few characters that are not letters, so a comment of sums alone
     * ("$1$1$1…") is read in time linear in its length.
     */
    private static boolean spent(String text, int at) {
        int end = at;
        String later = null;
        for (int word = 0; word < 3; word++) {
            int gap = 0;
            while (end > 0 && !Character.isLetter(text.charAt(end - 1))) {
                char c = text.charAt(end - 1);
                if (c == '.' || c == '!' || c == '?' || ++gap > GAP) {
                    return false;
                }
                end--;
            }
            int start = end;
            while (start > 0 && end - start <= LONGEST_WORD && Character.isLetter(text.charAt(start - 1))) {
                start--;
            }
            if (start == end) {
                return false;
            }
            String w = text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
            if (SPENT.contains(w) || later != null && PAYING.contains(later) && PAYERS.contains(w)) {
                return true;
            }
            later = w;
            end = start;
        }
        return false;
    }

    /** Characters other than letters that may stand between two of the words before a sum ("saved me – around £200"). */
    private static final int GAP = 6;
    private static final int LONGEST_WORD = 30;
    private static final Set<String> SPENT = Set.of("raised", "raise", "raising", "saved", "spent", "spend", "spends",
            "spending", "lost", "lose", "losing", "cost", "costs", "costing", "fined", "owe", "owes", "owed", "donated",
            "donate", "charged", "charges", "charge", "charging");
    /** Paying, when the writer or their household does it. */
    private static final Set<String> PAYING = Set.of("pay", "paid", "paying");
    private static final Set<String> PAYERS = Set.of("i", "we", "ive", "weve");

    /** "$87/hour", "£500 a day": a sum of money by the hour, day or week is a promise of pay. */
    private static String earnings(String text, int end, String money) {
        String after = text.substring(end, Math.min(text.length(), end + 12)).toLowerCase(java.util.Locale.ROOT);
        for (String per : PER) {
            if (after.startsWith(per)) {
                return money + per;
            }
        }
        return null;
    }

    private static final List<String> PER = List.of("/hour", "/hr", "/h", "/day", "/week", "/wk", "/month", " an hour",
            " a day", " a week", " a month", " per hour", " per day", " per week", " per month", " every day",
            " every week");

    /** "200%", "1000%": returns nobody can promise. */
    private static String bigPercentage(String text) {
        int i = text.indexOf('%');
        while (i > 0) {
            int start = i;
            while (start > 0 && Character.isDigit(text.charAt(start - 1))) {
                start--;
            }
            if (i - start >= 3) {
                return text.substring(start, i + 1);
            }
            i = text.indexOf('%', i + 1);
        }
        return null;
    }

    /** "80% off". */
    private static String percentOff(String text) {
        int i = text.indexOf('%');
        while (i > 0) {
            if (Character.isDigit(text.charAt(i - 1)) && text.regionMatches(true, i + 1, " off", 0, 4)) {
                int start = i - 1;
                while (start > 0 && Character.isDigit(text.charAt(start - 1))) {
                    start--;
                }
                return text.substring(start, i + 5);
            }
            i = text.indexOf('%', i + 1);
        }
        return null;
    }

    private static boolean shouting(String text) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                upper += Character.isUpperCase(c) ? 1 : 0;
            }
        }
        return letters >= SHOUT_LETTERS && upper >= letters * SHOUT_SHARE;
    }

    private static String repeatedMarks(String text) {
        for (int i = 2; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '!' || c == '?' || c == '$') && text.charAt(i - 1) == c && text.charAt(i - 2) == c) {
                return String.valueOf(c).repeat(3);
            }
        }
        return null;
    }

    private static int emoji(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0x1F000 || (cp >= 0x2600 && cp <= 0x27BF)) {
                count++;
            }
        }
        return count;
    }

    /** A word said three times or more, and making a large share of a comment. */
    private static String repeatedWord(List<FoldedText.Word> words) {
        if (words.size() < 3) {
            return null;
        }
        Map<String, Integer> counts = new HashMap<>();
        for (FoldedText.Word w : words) {
            if (w.key().length() >= 3 && !COMMON.contains(w.key())) {
                int count = counts.merge(w.key(), 1, Integer::sum);
                if (count >= 3 && count * 6 >= words.size()) {
                    return w.folded();
                }
            }
        }
        return null;
    }
}
