package org.masthead.moderation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The links and email addresses in a comment: anything starting {@code http://}, {@code https://}
 * or {@code www.}, bare domains with a common ending ({@code cheap-pills.com}), since a spammer
 * does not need the scheme for a reader to follow it, and domains spelt out ({@code cheap-pills dot
 * com}) so that a filter of links misses them. Words are read one by one, without regular
 * expressions, so any input is read in one pass.
 *
 * @param links every link, as written
 * @param shortened the links through a link shortener, which hide where they lead
 * @param emails every email address
 * @param spelt the links spelt out with "dot", as someone hiding a link writes them
 */
record Links(List<String> links, List<String> shortened, List<String> emails, List<String> spelt) {

    private static final Set<String> ENDINGS = Set.of("com", "net", "org", "info", "biz", "io", "co", "uk", "us", "ru",
            "de", "fr", "es", "it", "nl", "eu", "xyz", "top", "online", "site", "club", "shop", "store", "app", "me", "ly",
            "gl", "tk", "cc", "ws", "tv", "link", "live", "click", "win", "bet", "casino", "loan", "money", "example");
    private static final Set<String> SHORTENERS = Set.of("bit.ly", "tinyurl.com", "t.co", "goo.gl", "ow.ly", "is.gd",
            "buff.ly", "cutt.ly", "rebrand.ly", "shorturl.at", "tiny.cc", "rb.gy", "t.ly", "bl.ink", "s.id", "v.gd");

    /** How a spelt-out dot is written: "dot", "(dot)", "[dot]", "{dot}". */
    private static final Set<String> DOTS = Set.of("dot", "(dot)", "[dot]", "{dot}");
    /** The endings a spelt-out link is read with: the common ones, not "top" or "me", which "polka dot top" shares. */
    private static final Set<String> SPELT_ENDINGS = Set.of("com", "net", "org", "info", "biz", "io", "co", "uk", "ru",
            "xyz", "online", "site", "club", "shop", "store");
    /** A name spelt before "dot" is read as a site's only when it is long or joined ("quickhomeincome", "pills-4u"). */
    private static final int SPELT_NAME = 8;
    /** "the original dot com bubble": what "dot com" names when it is no site. */
    private static final Set<String> DOT_COM_AGE = Set.of("boom", "bubble", "crash", "bust", "era", "days", "age", "years",
            "company", "companies", "firm", "firms", "startup", "startups", "millionaire", "millionaires");

    Links {
        links = List.copyOf(links);
        shortened = List.copyOf(shortened);
        emails = List.copyOf(emails);
        spelt = List.copyOf(spelt);
    }

    int count() {
        return links.size();
    }

    static Links in(String text) {
        List<String> links = new ArrayList<>();
        List<String> shortened = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        List<String> spelt = new ArrayList<>();
        List<String> words = words(text);
        for (int k = 0; k < words.size(); k++) {
            String spelled = spelt(words, k);
            if (spelled != null) {
                links.add(spelled);
                spelt.add(spelled);
                k += 2;
            } else {
                read(words.get(k), links, shortened, emails);
            }
        }
        return new Links(links, shortened, emails, spelt);
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(text.substring(start, i));
            }
        }
        return words;
    }

    /**
     * "cheap-pills dot com" from the word at {@code k} on, or null. Ordinary words stand before "dot"
     * too ("the early dot com days", "a polka dot top"), so the name must be long, or joined by a
     * hyphen or a digit, as names made for a site are, and not followed by the age that "dot com"
     * names ("the original dot com bubble").
     */
    private static String spelt(List<String> words, int k) {
        if (k + 2 >= words.size() || !DOTS.contains(words.get(k + 1).toLowerCase(Locale.ROOT))) {
            return null;
        }
        String name = trim(words.get(k));
        String ending = trim(words.get(k + 2));
        String lower = name.toLowerCase(Locale.ROOT);
        boolean made = lower.length() >= SPELT_NAME || lower.chars().anyMatch(c -> c == '-' || Character.isDigit(c));
        boolean anAge = k + 3 < words.size() && DOT_COM_AGE.contains(trim(words.get(k + 3)).toLowerCase(Locale.ROOT));
        if (!made || anAge || !SPELT_ENDINGS.contains(ending.toLowerCase(Locale.ROOT))
                || !isDomain((lower + "." + ending).toLowerCase(Locale.ROOT))) {
            return null;
        }
        return name + " " + words.get(k + 1) + " " + ending;
    }

    /** One word of the comment: it may hold several links ("[here](http://a)(http://b)"). */
    private static void read(String word, List<String> links, List<String> shortened, List<String> emails) {
        String lower = word.toLowerCase(Locale.ROOT);
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < lower.length(); i++) {
            if (lower.startsWith("http://", i) || lower.startsWith("https://", i)
                    // "www." right after a scheme belongs to that link.
                    || (lower.startsWith("www.", i) && !(i >= 3 && lower.startsWith("://", i - 3)))) {
                starts.add(i);
            }
        }
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1) : word.length();
            add(trim(word.substring(starts.get(k), end)), links, shortened);
        }
        if (!starts.isEmpty()) {
            return;
        }
        String bare = trim(word);
        int atSign = bare.indexOf('@');
        if (atSign > 0 && bare.indexOf('.', atSign) > atSign + 1) {
            emails.add(bare);
        } else if (atSign < 0 && isDomain(host(bare.toLowerCase(Locale.ROOT)))) {
            add(bare, links, shortened);
        }
    }

    private static void add(String link, List<String> links, List<String> shortened) {
        links.add(link);
        if (SHORTENERS.contains(host(link.toLowerCase(Locale.ROOT)))) {
            shortened.add(link);
        }
    }

    /** "example.com" from "https://www.example.com/page?x=1". */
    private static String host(String link) {
        String host = link;
        int scheme = host.indexOf("://");
        if (scheme >= 0) {
            host = host.substring(scheme + 3);
        }
        int slash = indexOfAny(host, "/?#:");
        if (slash >= 0) {
            host = host.substring(0, slash);
        }
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static boolean isDomain(String host) {
        int dot = host.lastIndexOf('.');
        if (dot <= 0 || dot == host.length() - 1) {
            return false;
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '-' && c != '.') {
                return false;
            }
        }
        return ENDINGS.contains(host.substring(dot + 1));
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Brackets and sentence punctuation around a link are not part of it. */
    private static String trim(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && "([<\"'«“".indexOf(word.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && ".,;:!?)]>\"'»”".indexOf(word.charAt(end - 1)) >= 0) {
            end--;
        }
        return word.substring(start, end);
    }
}
