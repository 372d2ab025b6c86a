package org.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.masthead.DatabaseTest;
import org.masthead.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Whatever a reader or a robot sends, the answer is a clear 4xx page — never a 500 — and nothing stored changes. */
@DatabaseTest
class BadInput_AnswersTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /articles/no-such-story                 | 404 | There is no article at this address.
            /articles/Not%20A%20Slug!               | 404 | There is no article at this address.
            /articles/..%2F..%2Fetc%2Fpasswd        | 400 | The address or the request was malformed.
            /section/no-such-section                | 404 | There is no such section on this site.
            /tag/no-such-tag                        | 404 | There is no such tag on this site.
            /author/nobody                          | 404 | There is no such author on this site.
            /archive/2026/13                        | 404 | There is no month 13.
            /archive/1999/01                        | 404 | Nothing was published in January 1999.
            /no/such/page                           | 404 | There is nothing at this address. It may have been mistyped, or the page may have moved.
            /latest?page=abc                        | 400 | The parameter “page” must be a whole number.
            /latest?page=0                          | 400 | The page number must be a whole number from 1 to 10000.
            /latest?page=-3                         | 400 | The page number must be a whole number from 1 to 10000.
            /latest?page=99999999999999             | 400 | The parameter “page” must be a whole number.
            /latest?page=500                        | 404 | There is no page 500 here.
            /latest?pgae=2                          | 400 | This page does not take the parameter “pgae”. It takes: page.
            /?page=2                                | 400 | This page does not take the parameter “page”. It takes no parameters.
            /articles/harbour-wall?x=1&y=2          | 400 | This page does not take the parameters “x”, “y”. It takes no parameters.
            /section/town?page=1.5                  | 400 | The parameter “page” must be a whole number.
            """)
    void badRequest_getsAClearPage(String path, int status, String message) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        var page = Jsoup.parse(response.body());
        assertThat(page.selectFirst(".error-page .page-intro").text()).isEqualTo(message);
        assertThat(page.selectFirst("meta[name=robots]").attr("content")).contains("noindex");
    }

    @Test
    void malformedEscapes_getTheSitesOwnPage() {
        Http.RawResponse query = http.raw("/search?q=%ZZ");
        assertThat(query.status()).isEqualTo(400);
        assertThat(Jsoup.parse(query.body()).selectFirst(".error-page .page-intro").text())
                .contains("broken %-escape").endsWith("Nothing was changed.");
        for (String target : java.util.List.of("/articles/%E0%A4%A", "/articles/a%00b")) {
            Http.RawResponse response = http.raw(target);
            assertThat(response.status()).as(target).isEqualTo(400);
            var page = Jsoup.parse(response.body());
            assertThat(page.selectFirst(".error-page .page-intro")).as(target).isNotNull();
            assertThat(page.selectFirst(".error-page .page-intro").text()).isEqualTo("The address or the request was malformed.");
        }
    }

    @Test
    void overlongSearch_isRefusedWithTheLimit() {
        HttpResponse<String> response = http.get("/search?q=" + "a".repeat(201));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Search for at most 200 characters.");
    }

    @Test
    void trackingParameters_areIgnored() {
        assertThat(http.get("/?utm_source=newsletter&utm_medium=email&fbclid=abc").statusCode()).isEqualTo(200);
    }

    @Test
    void wrongMethod_isRefusedAndChangesNothing() {
        long articles = jdbc.sql("SELECT COUNT(*) FROM articles").query(Long.class).single();
        HttpResponse<String> post = http.send("DELETE", "/latest");
        assertThat(post.statusCode()).isIn(403, 405);
        assertThat(post.statusCode()).isNotEqualTo(500);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM articles").query(Long.class).single()).isEqualTo(articles);
    }

    @Test
    void errorPages_areNeverCached() {
        http.get("/articles/no-such-story");
        HttpResponse<String> again = http.get("/articles/no-such-story");
        assertThat(again.headers().firstValue("X-Page-Cache")).isEmpty();
        assertThat(again.headers().firstValue("Cache-Control").orElseThrow()).contains("no-cache");
    }
}
