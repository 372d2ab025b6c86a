package org.masthead.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.DatabaseTest;
import org.masthead.Http;
import org.masthead.TestArticles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DatabaseTest
class StructuredData_MetadataTest {

    static final String BASE = "https://news.example.test";

    @LocalServerPort
    int port;

    @Autowired
    Publishing publishing;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Autowired
    TestArticles articles;

    /** A story of its own by two authors, with a picture. */
    private ArticleCard coAuthored() {
        ArticleRef article = articles.publish(TestArticles.story("Written by two").by("nell-harrow", "tomas-quayle")
                .withPicture().withTags("Harbour"));
        return publishing.published(java.util.List.of(article.id())).get(0);
    }

    @Test
    void articlePage_describesItselfAsNewsArticle() {
        ArticleCard card = coAuthored();
        Document page = http.page(card.path());
        JsonNode ld = JsonMapper.builder().build().readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertThat(ld.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(ld.get("@type").asString()).isEqualTo("NewsArticle");
        assertThat(ld.get("headline").asString()).isEqualTo(card.headline());
        assertThat(ld.get("url").asString()).isEqualTo(BASE + card.path());
        assertThat(ld.get("image").get(0).asString()).startsWith(BASE + "/media/").endsWith(".jpg");
        assertThat(OffsetDateTime.parse(ld.get("datePublished").asString()).toInstant())
                .isEqualTo(card.published().instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(ld.get("dateModified").asString()).isNotBlank();
        JsonNode authors = ld.get("author");
        assertThat(authors.size()).isEqualTo(2);
        for (int i = 0; i < 2; i++) {
            assertThat(authors.get(i).get("@type").asString()).isEqualTo("Person");
            assertThat(authors.get(i).get("name").asString()).isEqualTo(card.authors().get(i).name());
            assertThat(authors.get(i).get("url").asString()).isEqualTo(BASE + card.authors().get(i).path());
        }
        JsonNode publisher = ld.get("publisher");
        assertThat(publisher.get("@type").asString()).isEqualTo("Organization");
        assertThat(publisher.get("name").asString()).isEqualTo("The Larkhaven Ledger");
        assertThat(publisher.get("logo").get("url").asString()).startsWith(BASE + "/media/").endsWith(".png");
        // The logo it names is really served.
        assertThat(http.get(publisher.get("logo").get("url").asString().replace(BASE, "")).statusCode()).isEqualTo(200);
    }

    @Test
    void articlePage_hasCanonicalOpenGraphAndTwitterCard() {
        ArticleCard card = coAuthored();
        Document page = http.page(card.path() + "?utm_source=newsletter");
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(BASE + card.path());
        assertThat(page.selectFirst("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(page.selectFirst("meta[property=og:title]").attr("content")).isEqualTo(card.headline());
        assertThat(page.selectFirst("meta[property=og:url]").attr("content")).isEqualTo(BASE + card.path());
        assertThat(page.selectFirst("meta[property=og:image]").attr("content")).startsWith(BASE + "/media/");
        assertThat(page.selectFirst("meta[property=og:image:alt]").attr("content")).isEqualTo(card.image().alt());
        assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        assertThat(page.selectFirst("meta[name=description]").attr("content")).isEqualTo(card.standfirst());
        assertThat(page.title()).isEqualTo(card.headline() + " — The Larkhaven Ledger");
    }

    @Test
    void homePage_describesTheWebSiteAndItsSearch() {
        Document page = http.page("/");
        JsonNode ld = JsonMapper.builder().build().readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertThat(ld.get("@type").asString()).isEqualTo("WebSite");
        assertThat(ld.get("potentialAction").get("target").asString()).isEqualTo(BASE + "/search?q={query}");
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/");
    }
}
