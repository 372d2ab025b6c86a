package org.masthead.notifications;

import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
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

/**
 * The message templates. A message has two parts, filled from the same values: the text part
 * {@code <name>.txt}, whose first line is {@code Subject: ...} and which takes the values as they are
 * through {@code {{placeholder}}}s, and the HTML part, the jte template
 * {@code notifications/<name>.jte}, which takes them as {@code @param String}s that jte escapes.
 *
 * <p>Rendering is strict — a placeholder or parameter without a value, or a value that neither part
 * has a place for, is refused — because either mistake would otherwise reach a reader as a blank or
 * a missing sentence, long after the code that made it ran.
 */
class EmailTemplates {

    /** The HTML parts live in the folder named after this module, beside its layout. */
    static final String HTML_FOLDER = "notifications/";

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z][A-Za-z0-9]*)}}");
    private static final String SUBJECT = "Subject:";

    /** A message ready to send. */
    record Rendered(String subject, String text, String html) {
    }

    /** {@code names}: every placeholder of the text part and every parameter of the HTML part. */
    private record Template(String subject, String text, String htmlTemplate, Set<String> names) {
    }

    private final ResourceLoader resources = new DefaultResourceLoader(EmailTemplates.class.getClassLoader());
    private final TemplateEngine jte;
    private final String textLocation;
    private final Map<String, Template> loaded = new ConcurrentHashMap<>();

    /**
     * @param jte the engine that has the HTML parts, as {@code notifications/<name>.jte}
     * @param textLocation where the text parts are, ending in a slash: {@code classpath:email/}
     */
    EmailTemplates(TemplateEngine jte, String textLocation) {
        this.jte = jte;
        this.textLocation = textLocation;
    }

    Rendered render(String name, Map<String, String> values) {
        Template template = template(name);
        Map<String, String> given = new HashMap<>();
        (values == null ? Map.<String, String>of() : values).forEach((key, value) -> {
            if (value != null) {
                given.put(key, value);
            }
        });
        Set<String> missing = new TreeSet<>(template.names());
        missing.removeAll(given.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Email template '" + name + "' needs a value for " + braces(missing));
        }
        Set<String> unknown = new TreeSet<>(given.keySet());
        unknown.removeAll(template.names());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Email template '" + name + "' has no placeholder " + braces(unknown));
        }
        // A subject is one header line, whatever a value holds.
        String subject = fill(template.subject(), given, v -> v.replaceAll("[\\r\\n]+", " ")).strip();
        // jte escapes each value for where it stands: text, or a quoted attribute such as href.
        StringOutput html = new StringOutput();
        jte.render(template.htmlTemplate(), Collections.<String, Object>unmodifiableMap(given), html);
        return new Rendered(subject, fill(template.text(), given, UnaryOperator.identity()), html.toString());
    }

    private Template template(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not an email template name: '" + name + "'");
        }
        return loaded.computeIfAbsent(name, this::load);
    }

    private Template load(String name) {
        String txt = read(name + ".txt");
        String html = HTML_FOLDER + name + ".jte";
        if (txt == null || !hasHtml(name, html)) {
            throw new IllegalArgumentException("No email template '" + name + "': expected " + textLocation + name
                    + ".txt and the jte template " + html);
        }
        txt = txt.replace("\r\n", "\n");
        int endOfSubject = txt.indexOf('\n');
        String subject = endOfSubject < 0 ? txt : txt.substring(0, endOfSubject);
        if (!subject.startsWith(SUBJECT) || subject.substring(SUBJECT.length()).isBlank()) {
            throw new IllegalStateException(textLocation + name + ".txt must begin with a line 'Subject: ...'");
        }
        String text = endOfSubject < 0 ? "" : txt.substring(endOfSubject + 1).stripLeading();
        Set<String> names = new TreeSet<>();
        names.addAll(placeholders(name, subject));
        names.addAll(placeholders(name, text));
        names.addAll(parameters(name, html));
        return new Template(subject.substring(SUBJECT.length()).strip(), text, html, names);
    }

    /** The placeholders of the subject or the text; anything else in double braces is a typo for a reader to see. */
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

    // Looking a template up compiles it when templates compile at run time (precompiled ones were
    // checked by the build), so a template that does not compile is found here.
    private boolean hasHtml(String name, String html) {
        try {
            return jte.hasTemplate(html);
        }
        catch (TemplateException e) {
            throw new IllegalStateException("Email template '" + name + "': " + html + " is broken: " + e.getMessage(),
                    e);
        }
    }

    /**
     * The parameters of the HTML part. Values are strings, so each parameter must take one: a parameter
     * of another type would fail only when a message is rendered.
     */
    private Set<String> parameters(String name, String html) {
        Map<String, Class<?>> parameters = jte.getParamInfo(html);
        parameters.forEach((parameter, type) -> {
            if (type != String.class) {
                throw new IllegalStateException("Email template '" + name + "': parameter " + parameter + " of " + html
                        + " must be a String, not " + type.getName());
            }
        });
        return parameters.keySet();
    }

    // One pass, so a value that itself contains {{something}} is left as it is.
    private static String fill(String part, Map<String, String> values, UnaryOperator<String> adapt) {
        return PLACEHOLDER.matcher(part)
                .replaceAll(m -> Matcher.quoteReplacement(adapt.apply(values.get(m.group(1)))));
    }

    private String read(String file) {
        Resource resource = resources.getResource(textLocation + file);
        if (!resource.exists()) {
            return null;
        }
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read email template " + textLocation + file, e);
        }
    }

    private static String braces(Set<String> names) {
        return String.join(", ", names.stream().map(n -> "{{" + n + "}}").toList());
    }
}
