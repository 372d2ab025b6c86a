package org.masthead.discussion;

import java.util.Set;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * What readers may write: a small Markdown — emphasis, links, quotes and code, in paragraphs. No
 * headings, lists, images or HTML: typed HTML is shown as text. Links open nothing on this site's
 * behalf ({@code rel="nofollow ugc noopener"}). The output goes through the sanitizer all the same.
 */
@Component
class CommentText {

    private static final Set<Class<? extends org.commonmark.node.Block>> BLOCKS = Set.of(BlockQuote.class,
            FencedCodeBlock.class, IndentedCodeBlock.class);

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "em", "strong", "blockquote", "code", "pre", "br", "a")
            .allowStandardUrlProtocols()
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow", "ugc", "noopener")
            .toFactory();

    private final Parser parser = Parser.builder().enabledBlockTypes(BLOCKS).build();
    private final HtmlRenderer html = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private final TextContentRenderer text = TextContentRenderer.builder().build();

    String toHtml(String markdown) {
        Node document = parser.parse(markdown);
        unwrapUnsupported(document);
        return POLICY.sanitize(html.render(document));
    }

    /** The words alone, for feeds, notifications and structured data. */
    String toText(String markdown) {
        return text.render(parser.parse(markdown)).strip();
    }

    /** Images (the one kind of inline the parser cannot be told to leave out) become their address, as text. */
    private static void unwrapUnsupported(Node node) {
        for (Node child = node.getFirstChild(); child != null;) {
            Node next = child.getNext();
            if (child instanceof Image image) {
                image.insertBefore(new Text(image.getDestination()));
                image.unlink();
            }
            else {
                unwrapUnsupported(child);
            }
            child = next;
        }
    }
}
