package org.masthead.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.DatabaseTest;
import org.masthead.Http;
import org.masthead.TestArticles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@DatabaseTest
class PublicPages_RenderingTest {

    @LocalServerPort
    int port;

    @Autowired
    Publishing publishing;

    @Autowired
    TestArticles articles;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private ArticleCard newest() {
        return publishing.published(Publishing.Listing.ALL, 1, 0).get(0);
    }

    private ArticleCard card(ArticleRef article) {
        return publishing.published(List.of(article.id())).get(0);
    }

    @Test
    void homePage_showsLeadStoryLatestAndSectionBlocks() {
        Document home = http.page("/");
        ArticleCard lead = newest();
        assertThat(home.selectFirst(".front__lead .card__headline").text()).isEqualTo(lead.headline());
        assertThat(home.select(".front__latest .card")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(home.select("section.block .card")).isNotEmpty();
    }

    @Test
    void homePage_sectionHeadingsNameTheSections() {
        Document home = http.page("/");
        assertThat(home.select("section.block h2 a").eachText()).contains("Town", "Culture", "Environment", "Sport");
        assertThat(home.select("nav.sections a").eachText()).contains("Home", "Town", "Culture", "Environment", "Sport");
    }

    @Test
    void articlePage_hasTheNewspaperAnatomy() {
        ArticleCard card = card(articles.publish(TestArticles.story("Anatomy of a story").withPicture()
                .withTags("Harbour", "Anatomy")));
        Document page = http.page(card.path());
        Element story = page.selectFirst("article.story");
        assertThat(story.selectFirst("h1").text()).isEqualTo(card.headline());
        Element figure = story.selectFirst("figure.story__figure");
        assertThat(figure.selectFirst("img").attr("alt")).isEqualTo(card.image().alt());
        assertThat(figure.selectFirst("img").attr("srcset")).contains("480w", "960w", "1600w");
        assertThat(figure.selectFirst("figcaption .caption").text()).isEqualTo(card.image().caption());
        assertThat(figure.selectFirst("figcaption .credit").text()).isEqualTo(card.image().credit());
        assertThat(story.selectFirst(".story__standfirst").text()).isEqualTo(card.standfirst());
        Element byline = story.selectFirst(".byline__names");
        AuthorRef author = card.authors().get(0);
        assertThat(byline.text()).startsWith("Written by " + author.name() + ", " + author.bioShort());
        assertThat(byline.selectFirst("a").attr("href")).isEqualTo(author.path());
        assertThat(story.selectFirst(".byline time").attr("datetime")).isEqualTo(card.published().iso());
        assertThat(story.select(".story__body p")).hasSize(2);
        assertThat(story.select(".tags a").eachText()).containsExactly("Anatomy", "Harbour");
        assertThat(story.selectFirst(".support-cta a").attr("href")).isEqualTo("/support");
        assertThat(story.selectFirst(".support-cta a").text()).isEqualTo("Support The Larkhaven Ledger");
        // Order as a reader meets it: headline, picture, standfirst, byline, body, support.
        List<String> order = story.select("h1, figure, .story__standfirst, .byline, .story__body, .support-cta")
                .stream().map(e -> e.tagName() + "." + e.className()).toList();
        assertThat(order).containsExactly("h1.story__headline", "figure.story__figure", "p.story__standfirst",
                "div.byline", "div.story__body", "aside.support-cta");
    }

    @Test
    void articleBody_isSanitizedMarkdown() {
        ArticleCard card = card(articles.publish(TestArticles.story("Hostile markup").withBody("""
                ## A heading

                > A quotation.

                - one
                - two

                <script>document.title = 'owned'</script>
                <img src="/x.png" onerror="alert(1)"> [a link](javascript:alert(2)) <iframe src="//evil.example"></iframe>
                """)));
        Document page = http.page(card.path());
        Element body = page.selectFirst(".story__body");
        assertThat(body.select("h2").eachText()).containsExactly("A heading");
        assertThat(body.select("blockquote").eachText()).containsExactly("A quotation.");
        assertThat(body.select("ul li").eachText()).containsExactly("one", "two");
        assertThat(body.select("script, iframe, [onerror]")).isEmpty();
        assertThat(body.select("a[href^=javascript]")).isEmpty();
        assertThat(page.title()).doesNotContain("owned");
    }

    @Test
    void sectionPage_listsOnlyThatSectionWithPaging() {
        Document page = http.page("/section/town");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Town");
        assertThat(page.select(".list .card")).isNotEmpty()
                .allSatisfy(card -> assertThat(card.select(".kicker").text()).isEqualTo("Town"));
    }

    @Test
    void tagPage_listsTaggedStories() {
        Document page = http.page("/tag/harbour");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Harbour");
        assertThat(page.select(".list .card")).isNotEmpty();
    }

    @Test
    void authorPage_showsBioAndTheirArticles() {
        Document page = http.page("/author/nell-harrow");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Nell Harrow");
        assertThat(page.selectFirst(".page-intro").text()).isEqualTo("local government reporter since 2019");
        assertThat(page.selectFirst(".page-bio").text()).isNotBlank();
        assertThat(page.select(".list .card .meta")).isNotEmpty()
                .allSatisfy(meta -> assertThat(meta.text()).contains("Nell Harrow"));
    }

    @Test
    void latest_pagesThroughEverythingNewestFirst() {
        Document first = http.page("/latest");
        Document second = http.page("/latest?page=2");
        assertThat(first.select(".list .card")).hasSize(15);
        assertThat(first.selectFirst("link[rel=next]").attr("href")).isEqualTo("/latest?page=2");
        assertThat(second.selectFirst("link[rel=prev]").attr("href")).isEqualTo("/latest");
        assertThat(second.selectFirst(".list .card h3").text())
                .isNotEqualTo(first.selectFirst(".list .card h3").text());
        assertThat(first.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://news.example.test/latest");
        assertThat(second.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("https://news.example.test/latest?page=2");
    }

    @Test
    void archive_listsMonthsAndEachMonthItsStories() {
        Document archive = http.page("/archive");
        List<Element> months = archive.select(".archive-months a");
        assertThat(months).hasSizeGreaterThanOrEqualTo(3);
        Document month = http.page(months.get(0).attr("href"));
        assertThat(month.selectFirst("h1").text()).isEqualTo(months.get(0).text());
        assertThat(month.select(".list .card")).isNotEmpty();
    }

    @Test
    void search_findsAndHighlightsMatches() {
        Document results = http.page("/search?q=harbour+wall");
        assertThat(results.select(".result")).isNotEmpty();
        assertThat(results.select(".result mark")).isNotEmpty()
                .allSatisfy(mark -> assertThat(mark.text()).matches("(?i)(harbour|wall).*"));
        assertThat(results.selectFirst("meta[name=robots]").attr("content")).contains("noindex");
    }

    @Test
    void search_treatsOperatorsAndMarkupAsPlainWords() {
        // Words that FTS5 and tsquery would read as syntax, in a story of its own: found as plain words.
        ArticleCard card = card(articles.publish(TestArticles.story("Quaysidescript")
                .withBody("The quaysidescript notice said OR near the slipway, beside the harbour.")));
        Document results = http.page("/search?q=%22%3Cquaysidescript%3E+OR+NEAR(*)+harbour");
        assertThat(results.select(".result h2 a").eachAttr("href")).containsExactly(card.path());
        // PostgreSQL drops "or" and "near" as stop words; both databases match the rest as words.
        assertThat(results.select(".result mark").eachText()).extracting(t -> t.toLowerCase(java.util.Locale.ROOT))
                .contains("quaysidescript", "harbour");
        assertThat(results.select(".result script, .result__excerpt script")).isEmpty();
        assertThat(results.selectFirst("#q").val()).isEqualTo("\"<quaysidescript> OR NEAR(*) harbour");
    }

    @Test
    void search_withNoMatchSaysSo() {
        Document results = http.page("/search?q=zzqxwv");
        assertThat(results.select(".result")).isEmpty();
        assertThat(results.selectFirst(".empty").text()).contains("No stories match");
    }

    @Test
    void supportPage_showsTheSupportTextFromSettings() {
        Document page = http.page("/support");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Support The Larkhaven Ledger");
        assertThat(page.select(".story__body p")).isNotEmpty();
        assertThat(page.select(".story__body li")).isNotEmpty();
    }

    @Test
    void everyPage_carriesSecurityHeaders() {
        var response = http.get("/");
        assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'", "object-src 'none'", "frame-ancestors 'none'");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
    }
}
