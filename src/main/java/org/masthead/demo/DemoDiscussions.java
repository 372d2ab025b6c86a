package org.masthead.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.masthead.discussion.Discussion;
import org.masthead.publishing.ArticleRef;
import org.masthead.publishing.Publishing;
import org.masthead.publishing.ReaderQuestions;

/**
 * The demo's discussions ({@code demo/discussions.md}): civil conversations under a few articles,
 * with replies, votes, a comment on a passage and a question from the newsroom, so that a newcomer
 * sees the section alive. Written through the discussion's own door for comments from elsewhere.
 */
final class DemoDiscussions {

    private DemoDiscussions() {
    }

    /** A comment as the file gives it. */
    record Line(int level, String name, int minutes, int up, int down, String quote, String words) {
    }

    static void load(Publishing publishing, Discussion discussion, ReaderQuestions questions, Instant now) {
        String text = read();
        ArticleRef article = null;
        Map<Integer, Long> lastAtLevel = new HashMap<>();
        for (String raw : text.split("\n")) {
            if (raw.isBlank() || raw.startsWith("<!--") || raw.startsWith("-->") || !isContent(raw)) {
                continue;
            }
            if (raw.startsWith("## ")) {
                article = publishing.articleAt(raw.substring(3).strip()).orElseThrow(
                        () -> new IllegalStateException("The demo discusses an article it does not have: " + raw));
                lastAtLevel.clear();
                continue;
            }
            if (raw.startsWith("? ")) {
                String[] parts = raw.substring(2).split(" :: ", 2);
                questions.ask(article.id(), parts[0].strip(), parts[1].strip(), null);
                continue;
            }
            Line line = parse(raw);
            Instant at = article.publishedAt().plus(Duration.ofMinutes(line.minutes()));
            if (at.isAfter(now)) {
                at = now.minusSeconds(60L * (200 - line.minutes() % 200));
            }
            Long parent = line.level() == 0 ? null : lastAtLevel.get(line.level() - 1);
            String email = line.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".") + "@readers.example";
            long id = discussion.record(new Discussion.Recorded(article.id(), parent, line.name(), email, line.words(),
                    at, line.quote(), null, line.up(), line.down()));
            lastAtLevel.put(line.level(), id);
        }
    }

    private static boolean isContent(String line) {
        String stripped = line.stripLeading();
        return stripped.startsWith("- ") || line.startsWith("## ") || line.startsWith("? ");
    }

    static Line parse(String raw) {
        int indent = raw.indexOf('-');
        String[] fields = raw.substring(indent + 2).split(" \\| ", 5);
        String words = fields[4].strip();
        String quote = null;
        if (words.startsWith("\"") && words.contains("\" :: ")) {
            int end = words.indexOf("\" :: ");
            quote = words.substring(1, end);
            words = words.substring(end + 5);
        }
        return new Line(indent / 2, fields[0].strip(), Integer.parseInt(fields[1].strip()),
                Integer.parseInt(fields[2].strip()), Integer.parseInt(fields[3].strip()), quote, words);
    }

    private static String read() {
        try (InputStream in = DemoDiscussions.class.getResourceAsStream("/demo/discussions.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Line> lines() {
        List<Line> all = new ArrayList<>();
        for (String raw : read().split("\n")) {
            if (raw.stripLeading().startsWith("- ")) {
                all.add(parse(raw));
            }
        }
        return all;
    }
}
