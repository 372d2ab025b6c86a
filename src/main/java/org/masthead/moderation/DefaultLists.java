package org.masthead.moderation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The word and domain lists a new publication starts with, shipped as resources under
 * {@code moderation/}: one entry a line, blank lines and {@code #} comments ignored. The newsroom
 * edits its own copies; these only seed them.
 */
final class DefaultLists {

    static final String BANNED_WORDS = "moderation/banned-words.txt";
    static final String SUSPECT_WORDS = "moderation/suspect-words.txt";
    static final String DISPOSABLE_DOMAINS = "moderation/disposable-domains.txt";

    private DefaultLists() {
    }

    static List<String> bannedWords() {
        return read(BANNED_WORDS);
    }

    static List<String> suspectWords() {
        return read(SUSPECT_WORDS);
    }

    static List<String> disposableDomains() {
        return read(DISPOSABLE_DOMAINS);
    }

    /** The entries of a list on the class path. */
    static List<String> read(String resource) {
        List<String> entries = new ArrayList<>();
        for (String line : lines(resource)) {
            String entry = line.strip();
            if (!entry.isEmpty() && !entry.startsWith("#")) {
                entries.add(entry);
            }
        }
        return List.copyOf(entries);
    }

    /** Every line of a UTF-8 resource; a missing resource is a packaging mistake, so it fails loudly. */
    static List<String> lines(String resource) {
        ClassLoader loader = DefaultLists.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }
}
