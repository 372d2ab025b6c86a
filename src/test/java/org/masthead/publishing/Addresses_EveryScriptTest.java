package org.masthead.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.DatabaseTest;
import org.masthead.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.UriUtils;

/**
 * A newsroom writing in Serbian Cyrillic, Greek, Japanese or Arabic gets readable, distinct
 * addresses for its articles and tags, and feeds, sitemaps and redirects that carry them as plain URIs.
 */
@DatabaseTest
class Addresses_EveryScriptTest {

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

    /** A story in a script, tagged in it, with a few random letters of its own so that every run is new. */
    private record Story(String headline, String tag, String word, String expectedSlugStart) {
    }

    private static final List<Story> STORIES = List.of(
            new Story("Нови мост преко Дунава", "Београд", "Дунава", "нови-мост-преко-дунава-"),
            new Story("Νέα γέφυρα στο λιμάνι", "Αθήνα", "γέφυρα", "νέα-γέφυρα-στο-λιμάνι-"),
            new Story("港に新しい橋", "東京", null, "港に新しい橋-"),
            new Story("جسر جديد في الميناء", "القاهرة", null, "جسر-جديد-في-الميناء-"));

    private ArticleRef publish(Story story, String unique) {
        return editorial.create(new ArticleDraft("", story.headline() + " " + unique, "", "Текст. Κείμενο. 本文. نص.",
                null, publishing.section("town").orElseThrow().id(),
                List.of(publishing.author("nell-harrow").orElseThrow().id()),
                List.of(story.tag() + " " + unique), ArticleStatus.PUBLISHED, Instant.now().minusSeconds(30), null,
                null), null);
    }

    /** Letters only, so that no text search reads them as a number. */
    private static String unique() {
        StringBuilder letters = new StringBuilder("zq");
        java.util.concurrent.ThreadLocalRandom.current().ints(6, 'a', 'z' + 1).forEach(c -> letters.append((char) c));
        return letters.toString();
    }

    private static String encoded(String path) {
        return UriUtils.encodePath(path, StandardCharsets.UTF_8);
    }

    @Test
    void headlinesInEveryScript_getReadableAddressesThatWork() {
        String unique = unique();
        for (Story story : STORIES) {
            ArticleRef article = publish(story, unique);
            assertThat(article.slug()).as(story.headline()).isEqualTo(story.expectedSlugStart() + unique);
            Document page = http.page(encoded(article.path()));
            assertThat(page.selectFirst("h1").text()).isEqualTo(story.headline() + " " + unique);
            assertThat(page.selectFirst("link[rel=canonical]").attr("href"))
                    .as("a plain URI for search engines").matches("\\p{ASCII}+")
                    .isEqualTo("https://news.example.test" + encoded(article.path()));
        }
    }

    @Test
    void tagsInEveryScript_stayDistinct_withPagesOfTheirOwn() {
        String unique = unique();
        for (Story story : STORIES) {
            publish(story, unique);
        }
        List<Taxonomy.Tag> tags = STORIES.stream()
                .map(s -> publishing.tag(Slugs.of(s.tag() + " " + unique)).orElseThrow()).toList();
        assertThat(tags).extracting(Taxonomy.Tag::name)
                .containsExactly(STORIES.stream().map(s -> s.tag() + " " + unique).toArray(String[]::new));
        assertThat(tags).extracting(Taxonomy.Tag::id).doesNotHaveDuplicates();
        for (Taxonomy.Tag tag : tags) {
            Document page = http.page(encoded("/tag/" + tag.slug()));
            assertThat(page.selectFirst("h1").text()).isEqualTo(tag.name());
            assertThat(page.select(".list .card")).hasSize(1);
        }
    }

    @Test
    void namesThatDifferOnlyInCase_areOneTag_andClashingAddressesAreNumbered() {
        String unique = unique();
        ArticleRef first = publish(new Story("Harbour", "Lifeboat " + unique, null, ""), unique);
        ArticleRef second = publish(new Story("Harbour", "LIFEBOAT " + unique, null, ""), unique);
        assertThat(publishing.article(first.slug()).orElseThrow().tags())
                .isEqualTo(publishing.article(second.slug()).orElseThrow().tags());
        assertThat(second.slug()).isEqualTo(first.slug() + "-2");
    }

    @Test
    void feedsSitemapsAndRedirects_carryTheAddressesAsPlainUris() throws Exception {
        String unique = unique();
        ArticleRef article = publish(STORIES.get(0), unique);
        String absolute = "https://news.example.test" + encoded(article.path());

        SyndFeed rss = new SyndFeedInput().build(new StringReader(http.get("/feed.xml").body()));
        assertThat(rss.getEntries()).anySatisfy(entry -> {
            assertThat(entry.getTitle()).isEqualTo(STORIES.get(0).headline() + " " + unique);
            assertThat(entry.getLink()).isEqualTo(absolute);
        });
        assertThat(http.get("/news-sitemap.xml").body()).contains("<loc>" + absolute + "</loc>")
                .contains(STORIES.get(0).headline() + " " + unique);

        editorial.rename(article.id(), "мост-" + unique);
        HttpResponse<String> moved = http.get(encoded(article.path()));
        assertThat(moved.statusCode()).isEqualTo(301);
        String location = moved.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("\\p{ASCII}+");
        assertThat(URLDecoder.decode(URI.create(location).getRawPath(), StandardCharsets.UTF_8))
                .isEqualTo("/articles/мост-" + unique);
        assertThat(http.get(URI.create(location).getRawPath()).statusCode()).isEqualTo(200);
    }

    @Test
    void search_findsWordsOfEveryAlphabet() {
        String unique = unique();
        for (Story story : STORIES) {
            ArticleRef article = publish(story, unique);
            if (story.word() != null) {
                Document results = http.page("/search?q=" + UriUtils.encodeQueryParam(story.word() + " " + unique,
                        StandardCharsets.UTF_8));
                assertThat(results.select(".result h2 a").eachAttr("href")).as(story.word())
                        .containsExactly(article.path());
            }
        }
    }

    @Test
    void addressesOfNoLettersAtAll_areStillFoundAndDistinct() {
        String unique = unique();
        ArticleRef first = editorial.create(new ArticleDraft("", "— ! ?", "", "", null, null, List.of(),
                List.of(), ArticleStatus.DRAFT, null, null, null), null);
        ArticleRef second = editorial.create(new ArticleDraft("", "?! —", "", unique, null, null, List.of(),
                List.of(), ArticleStatus.DRAFT, null, null, null), null);
        assertThat(first.slug()).startsWith("untitled");
        assertThat(second.slug()).startsWith("untitled").isNotEqualTo(first.slug());
    }
}
