package org.masthead.publishing;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * Turns the Markdown authors write into the HTML readers see, once, when an article is saved.
 * Authors may mix HTML into Markdown, so the output always goes through the sanitizer: a
 * compromised or careless account must not be able to put script on the public site.
 */
@Component
class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a")
                    .allowStandardUrlProtocols()
                    .allowAttributes("href", "title").onElements("a")
                    .requireRelsOnLinks("noopener")
                    .allowElements("figure", "figcaption", "hr", "pre", "code", "br", "sup", "sub", "abbr")
                    .allowAttributes("title").onElements("abbr")
                    .toFactory());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer html = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private final TextContentRenderer text = TextContentRenderer.builder().build();

    /** Sanitized HTML for the page. */
    String toHtml(String markdown) {
        return sanitize(html.render(parse(markdown)));
    }

    /** Plain text, for the search index and for descriptions. */
    String toText(String markdown) {
        return text.render(parse(markdown)).strip();
    }

    static String sanitize(String untrustedHtml) {
        return POLICY.sanitize(untrustedHtml);
    }

    private Node parse(String markdown) {
        return parser.parse(markdown == null ? "" : markdown);
    }
}
