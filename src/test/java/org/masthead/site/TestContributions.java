package org.masthead.site;

import gg.jte.Content;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.masthead.pages.ChromeSlot;
import org.masthead.pages.FormToken;
import org.masthead.pages.Script;
import org.masthead.publishing.ArticleRef;
import org.masthead.publishing.ArticleSection;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.util.HtmlUtils;

/**
 * What a feature module would contribute through the extension points, for the application of the
 * test that imports it only (every other test runs the application as it ships): a section with a
 * guest's form under articles whose headline begins "Extension point", a chrome slot that shows a
 * line only while a test sets one, and the endpoint the form posts to.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestContributions {

    static final String HEADLINE_PREFIX = "Extension point";
    static final String SLOT_TOPIC = "test-slot";

    @Bean
    NotesSection notesSection() {
        return new NotesSection();
    }

    @Bean
    LineAboveTheMasthead lineAboveTheMasthead() {
        return new LineAboveTheMasthead();
    }

    /** Where the section's form posts: a functional endpoint, so that no other test's application scans it in. */
    @Bean
    RouterFunction<ServerResponse> notes() {
        return RouterFunctions.route().POST("/test/notes", request -> {
            Notes.received.add(request.param("note").orElse(""));
            return ServerResponse.ok().body("Thank you.");
        }).build();
    }

    static class NotesSection implements ArticleSection {

        @Override
        public int order() {
            return 100;
        }

        @Override
        public Content render(ArticleRef article, FormToken token) {
            if (!article.headline().startsWith(HEADLINE_PREFIX)) {
                return null;
            }
            String tokenField = token == null ? "" : "<input type=\"hidden\" name=\"" + token.parameterName()
                    + "\" value=\"" + HtmlUtils.htmlEscape(token.value()) + "\">";
            return output -> output.writeContent("""
                    <section id="notes" class="notes"><h2>Notes</h2>
                    <form method="post" action="/test/notes">%s<input type="hidden" name="article" value="%d">
                    <label for="note">Your note</label><input id="note" name="note"><button type="submit">Send</button></form>
                    </section>""".formatted(tokenField, article.id()));
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

    static final class Notes {

        static final List<String> received = new CopyOnWriteArrayList<>();
    }
}
