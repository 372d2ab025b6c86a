package org.masthead.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.DatabaseTest;
import org.masthead.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@DatabaseTest
class ScheduledPublishing_AndCacheTest {

    @LocalServerPort
    int port;

    @Autowired
    Editorial editorial;

    @Autowired
    Publishing publishing;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private long article(String slug, String headline, String section, ArticleStatus status, Instant publishedAt) {
        long sectionId = publishing.section(section).orElseThrow().id();
        long authorId = publishing.author("ada-penrice").orElseThrow().id();
        return editorial.create(new ArticleDraft(slug, headline, "A standfirst for " + headline + ".",
                "Body of **" + headline + "**.\n\nA second paragraph.", null, sectionId, List.of(authorId),
                List.of("Testing"), status, publishedAt, null, null), null).id();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String cacheStatus(HttpResponse<String> response) {
        return response.headers().firstValue("X-Page-Cache").orElse("NONE");
    }

    @Test
    void scheduledArticle_appearsAtItsTimeWithoutARestart() {
        String slug = unique("scheduled-story");
        String headline = "Scheduled story " + slug;
        http.get("/"); // the front page is now cached without it
        article(slug, headline, "town", ArticleStatus.SCHEDULED, Instant.now().plusSeconds(2));

        assertThat(http.get("/articles/" + slug).statusCode()).isEqualTo(404);
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250))
                .until(() -> http.get("/articles/" + slug).statusCode() == 200);
        assertThat(http.page("/").select(".card__headline").eachText()).contains(headline);
        assertThat(http.page("/section/town").select(".card__headline").eachText()).contains(headline);
        assertThat(http.get("/feed.xml").body()).contains(headline);
    }

    @Test
    void anonymousPages_areServedFromMemoryAndRevalidatedWith304() {
        String path = "/section/culture";
        HttpResponse<String> first = http.get(path);
        HttpResponse<String> second = http.get(path);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(cacheStatus(second)).isEqualTo("HIT");
        assertThat(second.body()).isEqualTo(first.body());
        String etag = second.headers().firstValue("ETag").orElseThrow();
        String lastModified = second.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(second.headers().firstValue("Cache-Control").orElseThrow()).contains("public", "s-maxage=60");
        assertThat(second.headers().firstValue("Content-Security-Policy")).as("replayed security headers").isPresent();

        HttpResponse<String> byTag = http.get(path, "If-None-Match", etag);
        assertThat(byTag.statusCode()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        assertThat(http.get(path, "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        assertThat(http.get(path, "If-None-Match", "W/\"something-else\"").statusCode()).isEqualTo(200);

        HttpResponse<String> gzipped = http.get(path, "Accept-Encoding", "gzip");
        assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(gzipped.headers().firstValue("Vary").orElseThrow()).contains("Accept-Encoding");
    }

    @Test
    void signedInRequests_areNeverServedFromMemory() {
        http.get("/section/sport");
        HttpResponse<String> withSession = http.get("/section/sport", "Cookie", "JSESSIONID=abc");
        assertThat(cacheStatus(withSession)).isEqualTo("NONE");
        assertThat(withSession.headers().firstValue("Cache-Control").orElseThrow()).contains("private");
    }

    @Test
    void aChange_dropsExactlyThePagesItAffects() {
        String slug = unique("cache-story");
        long id = article(slug, "Cache story " + slug, "environment", ArticleStatus.PUBLISHED, Instant.now().minusSeconds(5));
        String articlePath = "/articles/" + slug;
        List<String> affected = List.of(articlePath, "/", "/section/environment", "/tag/testing", "/author/ada-penrice");
        List<String> unaffected = List.of("/section/culture", "/tag/football", "/author/nell-harrow");
        for (String path : concat(affected, unaffected)) {
            http.get(path);
            assertThat(cacheStatus(http.get(path))).as(path).isEqualTo("HIT");
        }

        editorial.withdraw(id);

        assertThat(http.get(articlePath).statusCode()).isEqualTo(410);
        for (String path : affected.subList(1, affected.size())) {
            HttpResponse<String> response = http.get(path);
            assertThat(cacheStatus(response)).as(path).isEqualTo("MISS");
            assertThat(response.body()).as(path).doesNotContain(articlePath);
        }
        for (String path : unaffected) {
            assertThat(cacheStatus(http.get(path))).as(path).isEqualTo("HIT");
        }
    }

    @Test
    void renamedArticle_redirectsPermanentlyAndDeletedAnswersGone() {
        String slug = unique("moving-story");
        long id = article(slug, "Moving story " + slug, "sport", ArticleStatus.PUBLISHED, Instant.now().minusSeconds(5));
        http.get("/articles/" + slug);
        editorial.rename(id, slug + "-renamed");

        HttpResponse<String> old = http.get("/articles/" + slug);
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location").orElseThrow()).endsWith("/articles/" + slug + "-renamed");
        assertThat(http.get("/articles/" + slug + "-renamed").statusCode()).isEqualTo(200);

        editorial.delete(id);
        HttpResponse<String> gone = http.get("/articles/" + slug + "-renamed");
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(gone.body()).contains("This page has been removed");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
