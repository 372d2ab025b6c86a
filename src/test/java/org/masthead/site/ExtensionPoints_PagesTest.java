package org.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.DatabaseTest;
import org.masthead.Http;
import org.masthead.Session;
import org.masthead.TestArticles;
import org.masthead.pages.PagesChanged;
import org.masthead.publishing.ArticleRef;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;

/**
 * The places where other modules plug into every page: a section under the article, a slot above
 * the masthead, scripts in the head — and forms on pages that are served from memory.
 */
@DatabaseTest
@Import(TestContributions.class)
class ExtensionPoints_PagesTest {

    @LocalServerPort
    int port;

    @Autowired
    TestArticles articles;

    @Autowired
    ApplicationEventPublisher events;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @AfterEach
    void emptyTheSlot() {
        setSlot("");
        await().atMost(Duration.ofSeconds(10)).until(() -> !http.get("/").body().contains("test-slot"));
    }

    private ArticleRef articleWithForm() {
        return articles.publish(TestArticles.story(TestContributions.HEADLINE_PREFIX + " story"));
    }

    private static String cache(HttpResponse<?> response) {
        return response.headers().firstValue("X-Page-Cache").orElse("NONE");
    }

    private void setSlot(String line) {
        TestContributions.LineAboveTheMasthead.line = line;
        events.publishEvent(PagesChanged.of(TestContributions.SLOT_TOPIC));
    }

    @Test
    void articleSection_isRenderedUnderTheStory_withItsScripts() {
        ArticleRef article = articleWithForm();
        Document page = http.page(article.path());
        assertThat(page.select("main > *").last().id()).isEqualTo("notes");
        assertThat(page.select("article.story #notes")).as("outside the story itself").isEmpty();
        assertThat(page.select("head script[src*=htmx]")).hasSize(1);
        assertThat(page.select("script:not([src]):not([type=application/ld+json])")).as("no inline script").isEmpty();

        ArticleRef plain = articles.publish(TestArticles.story("No section under this one"));
        Document other = http.page(plain.path());
        assertThat(other.getElementById("notes")).isNull();
        // Only what the sections shown there need: the discussion's, not the notes'.
        assertThat(other.select("head script[src]").eachAttr("src"))
                .allMatch(src -> src.contains("/htmx.") || src.startsWith("/js/discussion"));
    }

    @Test
    void anonymousPageWithAForm_isServedFromMemory_andSetsNoCookie() {
        ArticleRef article = articleWithForm();
        HttpResponse<String> first = http.get(article.path());
        HttpResponse<String> second = http.get(article.path());
        assertThat(cache(first)).isEqualTo("MISS");
        assertThat(cache(second)).isEqualTo("HIT");
        assertThat(first.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(second.headers().allValues("Set-Cookie")).isEmpty();
        Document page = Jsoup.parse(second.body());
        assertThat(page.select("#notes form")).hasSize(1);
        assertThat(page.select("#notes input[name=_csrf]")).as("no token, so no session").isEmpty();
    }

    @Test
    void guestForm_isAcceptedFromThisSite_andRefusedFromAnyOther() {
        ArticleRef article = articleWithForm();
        String note = "note " + UUID.randomUUID();
        String origin = "http://127.0.0.1:" + port;

        assertThat(post(note + " same-origin", "Origin", origin, "Sec-Fetch-Site", "same-origin").statusCode())
                .isEqualTo(200);
        assertThat(post(note + " old browser", "Origin", origin).statusCode()).isEqualTo(200);
        assertThat(post(note + " cross-site", "Origin", "https://attacker.example", "Sec-Fetch-Site", "cross-site")
                .statusCode()).isEqualTo(403);
        assertThat(post(note + " other origin", "Origin", "https://attacker.example").statusCode()).isEqualTo(403);
        assertThat(post(note + " null origin", "Origin", "null").statusCode()).isEqualTo(403);
        assertThat(post(note + " same-site", "Sec-Fetch-Site", "same-site").statusCode()).isEqualTo(403);

        assertThat(TestContributions.Notes.received).filteredOn(n -> n.startsWith(note))
                .containsExactlyInAnyOrder(note + " same-origin", note + " old browser");
        assertThat(http.get(article.path()).statusCode()).isEqualTo(200);
    }

    @Test
    void aReaderWithASession_getsTheFormWithItsToken_andMustSendIt() {
        ArticleRef article = articleWithForm();
        Session session = new Session(port);
        session.get("/signin"); // prints a token, so the reader now has a session
        assertThat(session.cookie("JSESSIONID")).isNotNull();
        HttpResponse<String> page = session.get(article.path());
        assertThat(cache(page)).as("pages of readers with a session are made for them").isEqualTo("NONE");
        Document document = Jsoup.parse(page.body());
        assertThat(document.select("#notes input[name=_csrf]")).hasSize(1);
        assertThat(document.body().attr("hx-headers")).contains("X-CSRF-TOKEN");

        String note = "session note " + UUID.randomUUID();
        assertThat(session.postRaw("/test/notes", "note", note).statusCode()).as("without the token").isEqualTo(403);
        assertThat(session.post("/test/notes", "note", note).statusCode()).isEqualTo(200);
        assertThat(TestContributions.Notes.received).containsOnlyOnce(note);
    }

    @Test
    void chromeSlot_changesOnEveryCachedPage_withoutEmptyingTheCache() {
        String path = articleWithForm().path();
        http.get(path);
        HttpResponse<String> before = http.get(path);
        assertThat(cache(before)).isEqualTo("HIT");
        assertThat(Jsoup.parse(before.body()).select(".test-slot")).isEmpty();

        setSlot("JUNE: 100 $ of 5,000 $");

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> http.get(path).body().contains("JUNE: 100 $ of 5,000 $"));
        HttpResponse<String> after = http.get(path);
        assertThat(cache(after)).as("still from memory").isEqualTo("HIT");
        Document page = Jsoup.parse(after.body());
        assertThat(page.selectFirst("body > .test-slot").nextElementSibling().hasClass("masthead"))
                .as("the slot stands above the masthead").isTrue();
        assertThat(after.headers().firstValue("ETag")).isNotEqualTo(before.headers().firstValue("ETag"));
        assertThat(http.get(path, "If-None-Match", before.headers().firstValue("ETag").orElseThrow()).statusCode())
                .as("a browser's old copy is no longer current").isEqualTo(200);
        assertThat(Jsoup.parse(http.get("/").body()).select(".test-slot").text()).isEqualTo("JUNE: 100 $ of 5,000 $");
    }

    @Test
    void aBurstOfChanges_rendersTheSlotOnlyOncePerRefresh() {
        http.get("/");
        int before = TestContributions.LineAboveTheMasthead.renderings.get();
        long started = System.nanoTime();
        for (int i = 1; i <= 200; i++) {
            setSlot("Raised " + i + " $");
        }
        long burstMillis = (System.nanoTime() - started) / 1_000_000;
        await().atMost(Duration.ofSeconds(10)).until(() -> http.get("/").body().contains("Raised 200 $"));
        int renderings = TestContributions.LineAboveTheMasthead.renderings.get() - before;
        // The test application refreshes the slot every 200 ms: a burst of 200 changes costs a handful of renderings.
        assertThat(renderings).isBetween(1, 2 + (int) (burstMillis / 200));
    }

    private HttpResponse<String> post(String note, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/test/notes"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("note=" + java.net.URLEncoder.encode(note,
                        java.nio.charset.StandardCharsets.UTF_8)));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return new Session(port).send(request);
    }
}
