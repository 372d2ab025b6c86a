package org.masthead.site;

import gg.jte.Content;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.masthead.pages.ChromeSlot;
import org.masthead.pages.Script;
import org.masthead.publishing.ArticleRef;
import org.masthead.publishing.ArticleSection;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * What a feature module would contribute through the extension points, in the test application
 * only: a section with a guest's form under articles whose headline begins "Extension point", a
 * chrome slot that shows a line only while a test sets one, and the endpoint the form posts to.
 * Every other page is left exactly as a reader would see it.
 */
class TestContributions {

    static final String HEADLINE_PREFIX = "Extension point";
    static final String SLOT_TOPIC = "test-slot";

    private TestContributions() {
    }

    @Component
    static class NotesSection implements ArticleSection {

        @Override
        public int order() {
            return 100;
        }

        @Override
        public Content render(ArticleRef article) {
            if (!article.headline().startsWith(HEADLINE_PREFIX)) {
                return null;
            }
            return output -> output.writeContent("""
                    <section id="notes" class="notes"><h2>Notes</h2>
                    <form method="post" action="/test/notes"><input type="hidden" name="article" value="%d">
                    <label for="note">Your note</label><input id="note" name="note"><button type="submit">Send</button></form>
                    </section>""".formatted(article.id()));
        }

        @Override
        public Set<String> topics(ArticleRef article) {
            return Set.of("notes:" + article.id());
        }

        @Override
        public List<Script> scripts() {
            return List.of(Script.HTMX);
        }
    }

    @Component
    static class LineAboveTheMasthead implements ChromeSlot {

        static volatile String line = "";
        static final AtomicInteger renderings = new AtomicInteger();

        @Override
        public int order() {
            return 0;
        }

        @Override
        public String topic() {
            return SLOT_TOPIC;
        }

        @Override
        public String render() {
            renderings.incrementAndGet();
            String now = line;
            return now.isEmpty() ? "" : "<p class=\"test-slot\">" + HtmlUtils.htmlEscape(now) + "</p>";
        }
    }

    @RestController
    static class Notes {

        static final List<String> received = new CopyOnWriteArrayList<>();

        @PostMapping("/test/notes")
        ResponseEntity<String> note(@RequestParam String note) {
            received.add(note);
            return ResponseEntity.ok("Thank you.");
        }
    }
}
