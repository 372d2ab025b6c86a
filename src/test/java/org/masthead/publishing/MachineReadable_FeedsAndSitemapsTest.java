package org.masthead.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.masthead.DatabaseTest;
import org.masthead.Http;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

@DatabaseTest
class MachineReadable_FeedsAndSitemapsTest {

    static final String BASE = "https://news.example.test";

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private SyndFeed feed(String path, String expectedType) throws Exception {
        var response = http.get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(expectedType);
        return new SyndFeedInput().build(new StringReader(response.body()));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "/section/town", "/tag/harbour", "/author/nell-harrow" })
    void rssAndAtomFeeds_parseAndPointAtArticles(String subject) throws Exception {
        SyndFeed rss = feed(subject + "/feed.xml", "application/rss+xml");
        SyndFeed atom = feed(subject + "/atom.xml", "application/atom+xml");
        assertThat(rss.getFeedType()).isEqualTo("rss_2.0");
        assertThat(atom.getFeedType()).isEqualTo("atom_1.0");
        assertThat(rss.getEntries()).isNotEmpty().hasSizeLessThanOrEqualTo(20);
        assertThat(atom.getEntries()).hasSameSizeAs(rss.getEntries());
        assertThat(rss.getEntries()).allSatisfy(entry -> {
            assertThat(entry.getLink()).startsWith(BASE + "/articles/");
            assertThat(entry.getTitle()).isNotBlank();
            assertThat(entry.getPublishedDate()).isNotNull();
        });
        assertThat(atom.getEntries()).allSatisfy(entry -> assertThat(entry.getAuthors()).isNotEmpty());
        // Newest first.
        var dates = rss.getEntries().stream().map(e -> e.getPublishedDate().toInstant()).toList();
        assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));
        var page = http.page(subject.isEmpty() ? "/latest" : subject);
        assertThat(page.select("link[rel=alternate][type=application/rss+xml]").attr("href"))
                .isEqualTo(BASE + subject + "/feed.xml");
    }

    @Test
    void sectionFeed_holdsOnlyThatSection() throws Exception {
        SyndFeed feed = feed("/section/sport/feed.xml", "application/rss+xml");
        assertThat(feed.getEntries()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.getCategories().get(0).getName()).isEqualTo("Sport"));
    }

    @Test
    void unknownFeed_isNotFound() {
        assertThat(http.get("/section/nothing-here/feed.xml").statusCode()).isEqualTo(404);
    }

    private Document xml(String path) throws Exception {
        var response = http.get(path.replace(BASE, ""));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(response.body())));
    }

    private static List<String> texts(Document doc, String namespace, String element) {
        NodeList nodes = doc.getElementsByTagNameNS(namespace, element);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void sitemapIndex_coversEveryPublishedArticleOnce() throws Exception {
        String ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        Document index = xml("/sitemap.xml");
        List<String> sitemaps = texts(index, ns, "loc");
        assertThat(sitemaps).contains(BASE + "/sitemap-pages.xml");
        List<String> articleUrls = new ArrayList<>();
        for (String sitemap : sitemaps) {
            List<String> urls = texts(xml(sitemap), ns, "loc");
            assertThat(urls).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(BASE + "/"));
            if (sitemap.contains("sitemap-articles-")) {
                articleUrls.addAll(urls);
            }
        }
        assertThat(articleUrls).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(30)
                .allSatisfy(url -> assertThat(url).startsWith(BASE + "/articles/"));
        assertThat(texts(xml("/sitemap-pages.xml"), ns, "loc")).contains(BASE + "/", BASE + "/section/town",
                BASE + "/author/nell-harrow");
    }

    @Test
    void newsSitemap_holdsOnlyTheLastTwoDays() throws Exception {
        String news = "http://www.google.com/schemas/sitemap-news/0.9";
        Document doc = xml("/news-sitemap.xml");
        List<String> dates = texts(doc, news, "publication_date");
        assertThat(dates).isNotEmpty();
        Instant cutoff = Instant.now().minus(Duration.ofHours(48));
        assertThat(dates).allSatisfy(d -> assertThat(OffsetDateTime.parse(d).toInstant()).isAfter(cutoff));
        assertThat(texts(doc, news, "name")).containsOnly("The Larkhaven Ledger");
        assertThat(texts(doc, news, "language")).containsOnly("en");
        assertThat(texts(doc, news, "title")).hasSameSizeAs(dates);
    }

    @Test
    void robots_allowsCrawlingAndNamesTheSitemaps() {
        var response = http.get("/robots.txt");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("User-agent: *", "Disallow: /search",
                "Sitemap: " + BASE + "/sitemap.xml", "Sitemap: " + BASE + "/news-sitemap.xml");
    }
}
