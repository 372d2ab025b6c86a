package org.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.masthead.ManyClientsTest;
import org.masthead.TestArticles;
import org.masthead.publishing.ArticleRef;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The page cache as a reader behind the site's proxy meets it: every spelling of an address is served
 * from one entry or refused, and the headers that depend on the request (HSTS, only over https) are written for
 * each request, never repeated from the one that filled the entry.
 */
@ManyClientsTest
class PageCache_SpellingsTest {

    @LocalServerPort
    int port;

    @Autowired
    TestArticles articles;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> get(String target, String protocol) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + target))
                .header("X-Forwarded-Proto", protocol).header("X-Forwarded-For", "192.0.2.10").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String cache(HttpResponse<?> response) {
        return response.headers().firstValue(PageCacheFilter.STATUS_HEADER).orElse("NONE");
    }

    private static boolean hsts(HttpResponse<?> response) {
        return response.headers().firstValue("Strict-Transport-Security").isPresent();
    }

    @Test
    void everySpellingOfAnAddress_isServedFromOneEntry() throws Exception {
        ArticleRef article = articles.publish(TestArticles.story("Журнал " + UUID.randomUUID().toString().substring(0, 6)));
        String path = article.path();
        String encoded = new URI(null, null, path, null).toASCIIString();
        assertThat(cache(get(encoded, "http"))).isEqualTo("MISS");
        assertThat(cache(get(encoded.toLowerCase(), "http"))).as("lower-case escapes").isEqualTo("HIT");
        String oneLetterEscaped = encoded.replaceFirst("/articles/", "/%61rticles/");
        assertThat(cache(get(oneLetterEscaped, "http"))).as("an escaped plain letter").isEqualTo("HIT");

        // A number in another spelling is refused, naming the one spelling that is kept.
        for (String spelling : new String[] { "01", "+1", "%2B1", "%D9%A1", "0001", "%201", "0x1", "0X001", "%231" }) {
            HttpResponse<String> response = get("/latest?page=" + spelling, "http");
            assertThat(response.statusCode()).as(spelling).isEqualTo(400);
            assertThat(response.body()).as(spelling).contains("Write the parameter “page” in plain digits, as 1.");
            assertThat(cache(response)).as(spelling).isEqualTo("NONE");
        }
        HttpResponse<String> twice = get("/latest?page=1&page=1", "http");
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(twice.body()).contains("The parameter “page” is given more than once");
    }

    @Test
    void headersThatDependOnTheRequest_areWrittenForEachRequest() throws Exception {
        ArticleRef first = articles.publish(TestArticles.story("Harbour " + UUID.randomUUID().toString().substring(0, 6)));
        HttpResponse<String> secure = get(first.path(), "https");
        assertThat(cache(secure)).isEqualTo("MISS");
        assertThat(hsts(secure)).isTrue();
        HttpResponse<String> plain = get(first.path(), "http");
        assertThat(cache(plain)).isEqualTo("HIT");
        assertThat(hsts(plain)).as("no HSTS over http, though the entry was filled over https").isFalse();

        ArticleRef second = articles.publish(TestArticles.story("Quay " + UUID.randomUUID().toString().substring(0, 6)));
        assertThat(hsts(get(second.path(), "http"))).isFalse();
        HttpResponse<String> secureHit = get(second.path(), "https");
        assertThat(cache(secureHit)).isEqualTo("HIT");
        assertThat(hsts(secureHit)).as("HSTS over https, though the entry was filled over http").isTrue();
        assertThat(secureHit.headers().firstValue("Content-Security-Policy")).isPresent();
    }
}
