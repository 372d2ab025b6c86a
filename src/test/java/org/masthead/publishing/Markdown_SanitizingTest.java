package org.masthead.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Markdown_SanitizingTest {

    private final Markdown markdown = new Markdown();

    @Test
    void formatting_survives() {
        String html = markdown.toHtml("## Heading\n\nSome **bold** and *italic* with [a link](https://example.org).\n\n> quoted\n\n- one\n- two");
        assertThat(html).contains("<h2>Heading</h2>", "<strong>bold</strong>", "<em>italic</em>",
                "<blockquote>", "<li>one</li>", "href=\"https://example.org\"");
    }

    @Test
    void scriptsAndHandlers_areRemoved() {
        String html = markdown.toHtml("Hello <script>alert(1)</script> <img src=x onerror=alert(2)> "
                + "[click](javascript:alert(3)) <iframe src=//evil></iframe>");
        assertThat(html).doesNotContain("<script", "onerror", "javascript:", "<iframe");
        assertThat(html).contains("Hello");
    }

    @Test
    void plainText_dropsTheMarkup() {
        assertThat(markdown.toText("## Title\n\nSome **bold** text.")).contains("Title").contains("Some bold text.")
                .doesNotContain("**", "##");
    }
}
