package org.masthead.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The text of the fictional demo publication, read from Markdown files with YAML front matter under
 * {@code src/main/resources/demo}. The text lives there rather than in Java so that writers can edit
 * it without touching code: {@code publication.md} holds the name, tagline, sections and authors,
 * with the support text as its body, and {@code articles/NN-slug.md} holds one article each.
 *
 * <p>The files ship inside the application, so a broken one is a bug: it fails loudly, naming the
 * file and the field, instead of seeding a half-filled demo.
 */
final class DemoContent {

    record DemoSection(String slug, String name, String description) {}

    record DemoAuthor(String slug, String name, String bioShort, String bioLong) {}

    record DemoPublicationText(String name, String tagline, String supportText,
                               List<DemoSection> sections, List<DemoAuthor> authors) {}

    record DemoArticle(String slug, String headline, String standfirst, String bodyMarkdown,
                       String sectionSlug, List<String> authorSlugs, List<String> tags,
                       String imageAlt, String imageCaption, String imageCredit,
                       int daysAgo, int hour, int minute) {}

    private static final String PUBLICATION = "demo/publication.md";
    private static final String ARTICLES = "demo/articles/";

    // A resolver rather than a plain directory listing, because the files sit inside the packaged jar.
    private static final ResourcePatternResolver RESOURCES =
            new PathMatchingResourcePatternResolver(DemoContent.class.getClassLoader());

    private DemoContent() {}

    static DemoPublicationText publication() {
        Document page = Document.of(PUBLICATION, RESOURCES.getResource("classpath:" + PUBLICATION));
        FrontMatter fields = page.frontMatter();
        return new DemoPublicationText(fields.text("name"), fields.text("tagline"), page.body(),
                fields.maps("sections").stream()
                        .map(s -> new DemoSection(s.text("slug"), s.text("name"), s.text("description")))
                        .toList(),
                fields.maps("authors").stream()
                        .map(a -> new DemoAuthor(a.text("slug"), a.text("name"), a.text("bioShort"), a.text("bioLong")))
                        .toList());
    }

    /** In file-name order: the number in front of each name decides the order, and so the demo's timeline. */
    static List<DemoArticle> articles() {
        Resource[] files;
        try {
            files = RESOURCES.getResources("classpath:" + ARTICLES + "*.md");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the demo articles in " + ARTICLES, e);
        }
        if (files.length == 0) {
            throw new IllegalStateException("No demo articles found in " + ARTICLES);
        }
        return Arrays.stream(files)
                .sorted(Comparator.comparing(Resource::getFilename))
                .map(file -> article(Document.of(ARTICLES + file.getFilename(), file)))
                .toList();
    }

    private static DemoArticle article(Document page) {
        FrontMatter fields = page.frontMatter();
        FrontMatter image = fields.map("image");
        return new DemoArticle(fields.text("slug"), fields.text("headline"), fields.text("standfirst"), page.body(),
                fields.text("section"), fields.texts("authors"), fields.texts("tags"),
                image.text("alt"), image.text("caption"), image.text("credit"),
                fields.number("daysAgo"), fields.number("hour"), fields.number("minute"));
    }

    /** One file: the YAML between the two {@code ---} lines, and the Markdown after them, as written. */
    private record Document(FrontMatter frontMatter, String body) {

        static Document of(String file, Resource resource) {
            String text;
            try {
                // An editor on Windows may save CRLF; the text stored for the site keeps plain \n line ends.
                text = resource.getContentAsString(StandardCharsets.UTF_8).replace("\r\n", "\n");
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
            if (!text.startsWith("---\n")) {
                throw new IllegalStateException(file + ": must start with a '---' line opening the front matter");
            }
            int close = text.indexOf("\n---\n", 3);
            if (close < 0) {
                throw new IllegalStateException(file + ": no '---' line closing the front matter");
            }
            return new Document(FrontMatter.parse(file, text.substring(4, close + 1)), text.substring(close + 5));
        }
    }

    /** The parsed front matter, with typed accessors whose errors say which file and field are wrong. */
    private record FrontMatter(String file, String prefix, Map<?, ?> fields) {

        static FrontMatter parse(String file, String yaml) {
            // SafeConstructor builds only maps, lists and scalars: no class named in a file is ever instantiated.
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            Object parsed;
            try {
                parsed = new Yaml(new SafeConstructor(options)).load(yaml);
            } catch (YAMLException e) {
                throw new IllegalStateException(file + ": the front matter is not valid YAML: " + e.getMessage(), e);
            }
            if (!(parsed instanceof Map<?, ?> fields)) {
                throw new IllegalStateException(file + ": the front matter must be a set of 'key: value' fields");
            }
            return new FrontMatter(file, "", fields);
        }

        String text(String key) {
            return as(key, value(key), String.class, "text");
        }

        int number(String key) {
            return as(key, value(key), Integer.class, "a whole number");
        }

        List<String> texts(String key) {
            return items(key, (where, item) -> as(where, item, String.class, "text"));
        }

        FrontMatter map(String key) {
            return nested(key, value(key));
        }

        List<FrontMatter> maps(String key) {
            return items(key, this::nested);
        }

        private FrontMatter nested(String key, Object value) {
            return new FrontMatter(file, prefix + key + ".", as(key, value, Map.class, "a set of fields"));
        }

        /** Reads each item of a list; an item's errors name it by position, as in {@code tags[2]}. */
        private <T> List<T> items(String key, BiFunction<String, Object, T> read) {
            List<?> items = as(key, value(key), List.class, "a list");
            return IntStream.range(0, items.size()).mapToObj(i -> read.apply(key + "[" + i + "]", items.get(i))).toList();
        }

        private Object value(String key) {
            Object value = fields.get(key);
            if (value == null) {
                throw new IllegalStateException(file + ": field '" + prefix + key + "' is missing or empty");
            }
            return value;
        }

        private <T> T as(String key, Object value, Class<T> type, String expected) {
            if (!type.isInstance(value)) {
                throw new IllegalStateException(file + ": field '" + prefix + key + "' must be " + expected
                        + ", not '" + value + "'");
            }
            return type.cast(value);
        }
    }
}
