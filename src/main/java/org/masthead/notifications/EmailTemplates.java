package org.masthead.notifications;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.web.util.HtmlUtils;

/**
 * The message templates: {@code <name>.txt}, whose first line is {@code Subject: ...}, and
 * {@code <name>.html}, both with {@code {{placeholder}}}s. Rendering is strict — a placeholder
 * without a value or a value without a placeholder is refused — because either mistake would
 * otherwise reach a reader as a blank or a missing sentence, long after the code that made it ran.
 */
class EmailTemplates {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z][A-Za-z0-9]*)}}");
    private static final String SUBJECT = "Subject:";

    /** A message ready to send. */
    record Rendered(String subject, String text, String html) {
    }

    private record Template(String subject, String text, String html, Set<String> placeholders) {
    }

    private final ResourceLoader resources = new DefaultResourceLoader(EmailTemplates.class.getClassLoader());
    private final String location;
    private final Map<String, Template> loaded = new ConcurrentHashMap<>();

    /** @param location where the files are, ending in a slash: {@code classpath:email/} */
    EmailTemplates(String location) {
        this.location = location;
    }

    Rendered render(String name, Map<String, String> values) {
        Template template = template(name);
        Set<String> given = new TreeSet<>();
        (values == null ? Map.<String, String>of() : values).forEach((key, value) -> {
            if (value != null) {
                given.add(key);
            }
        });
        Set<String> missing = new TreeSet<>(template.placeholders());
        missing.removeAll(given);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Email template '" + name + "' needs a value for " + braces(missing));
        }
        Set<String> unknown = new TreeSet<>(given);
        unknown.removeAll(template.placeholders());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Email template '" + name + "' has no placeholder " + braces(unknown));
        }
        // A subject is one header line, whatever a value holds.
        String subject = fill(template.subject(), values, v -> v.replaceAll("[\\r\\n]+", " ")).strip();
        return new Rendered(subject, fill(template.text(), values, UnaryOperator.identity()),
                fill(template.html(), values, HtmlUtils::htmlEscape));
    }

    private Template template(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not an email template name: '" + name + "'");
        }
        return loaded.computeIfAbsent(name, this::load);
    }

    private Template load(String name) {
        String txt = read(name + ".txt");
        String html = read(name + ".html");
        if (txt == null || html == null) {
            throw new IllegalArgumentException("No email template '" + name + "': expected " + location + name
                    + ".txt and " + location + name + ".html");
        }
        txt = txt.replace("\r\n", "\n");
        int endOfSubject = txt.indexOf('\n');
        String subject = endOfSubject < 0 ? txt : txt.substring(0, endOfSubject);
        if (!subject.startsWith(SUBJECT) || subject.substring(SUBJECT.length()).isBlank()) {
            throw new IllegalStateException(location + name + ".txt must begin with a line 'Subject: ...'");
        }
        String text = endOfSubject < 0 ? "" : txt.substring(endOfSubject + 1).stripLeading();
        Set<String> placeholders = new TreeSet<>();
        for (String part : new String[] { subject, text, html }) {
            placeholders.addAll(placeholders(name, part));
        }
        return new Template(subject.substring(SUBJECT.length()).strip(), text, html, placeholders);
    }

    /** The placeholders of one part; anything else in double braces is a typo that would reach the reader. */
    private Set<String> placeholders(String name, String part) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(part);
        int count = 0;
        while (matcher.find()) {
            found.add(matcher.group(1));
            count++;
        }
        if (count != part.split("\\{\\{", -1).length - 1) {
            throw new IllegalStateException("Email template '" + name + "' has a malformed {{placeholder}}");
        }
        return found;
    }

    // One pass, so a value that itself contains {{something}} is left as it is.
    private static String fill(String part, Map<String, String> values, UnaryOperator<String> escape) {
        return PLACEHOLDER.matcher(part)
                .replaceAll(m -> Matcher.quoteReplacement(escape.apply(values.get(m.group(1)))));
    }

    private String read(String file) {
        Resource resource = resources.getResource(location + file);
        if (!resource.exists()) {
            return null;
        }
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read email template " + location + file, e);
        }
    }

    private static String braces(Set<String> names) {
        return String.join(", ", names.stream().map(n -> "{{" + n + "}}").toList());
    }
}
