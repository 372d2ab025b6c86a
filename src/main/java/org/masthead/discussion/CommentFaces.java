package org.masthead.discussion;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import gg.jte.Content;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Draws each comment's face once and keeps it as UTF-8 bytes. A page that is its reader's own (they
 * are signed in, or have voted) is drawn for every request; with a few hundred comments on it, the
 * writers, dates and words escaped anew each time were most of its cost. A face that changes (an
 * edit, a new name, a deletion) is a new key, so nothing has to be forgotten on purpose; the old one
 * ages out.
 */
@Component
class CommentFaces {

    /** About two thousand comments of ordinary length, keys included. */
    private static final long MOST_BYTES = 8L << 20;

    private final TemplateEngine templates;
    private final Cache<CommentView.Face, byte[]> drawn = Caffeine.newBuilder().maximumWeight(MOST_BYTES)
            .weigher((CommentView.Face face, byte[] html) -> html.length + face.bodyHtml().length() + 256).build();

    CommentFaces(TemplateEngine templates) {
        this.templates = templates;
    }

    Content of(CommentView.Face face) {
        byte[] html = drawn.get(face, this::draw);
        return output -> output.writeBinaryContent(html);
    }

    private byte[] draw(CommentView.Face face) {
        Utf8ByteOutput output = new Utf8ByteOutput(1024);
        templates.render("discussion/comment-face.jte", Map.of("f", face), output);
        return output.toByteArray();
    }
}
