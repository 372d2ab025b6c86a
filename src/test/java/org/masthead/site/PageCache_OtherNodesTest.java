package org.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.DatabaseTest;
import org.masthead.Http;
import org.masthead.TestArticles;
import org.masthead.pages.NodeChannel;
import org.masthead.pages.PageTopics;
import org.masthead.pages.PagesChanged;
import org.masthead.publishing.ArticleRef;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;

/**
 * A change drops exactly the pages that show it, and on PostgreSQL a change made on another node
 * reaches this node's pages too. (On SQLite there is one node, and no messages.)
 */
@DatabaseTest
class PageCache_OtherNodesTest {

    @LocalServerPort
    int port;

    @Autowired
    TestArticles articles;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    ApplicationContext context;

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.username:}")
    String user;

    @Value("${spring.datasource.password:}")
    String password;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private ArticleRef article() {
        return articles.publish(TestArticles.story("Cached on every node " + UUID.randomUUID().toString().substring(0, 8)));
    }

    private String status(ArticleRef article) {
        HttpResponse<String> response = http.get(article.path());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.headers().firstValue(PageCacheFilter.STATUS_HEADER).orElse("NONE");
    }

    @Test
    void aChange_dropsThatArticlesPage_andLeavesAnotherArticlesPage() {
        ArticleRef changed = article();
        ArticleRef other = article();
        // Cached once served; a message another test's application sent a moment ago on the shared
        // database may still empty the cache once, so the pages are served until both are kept.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> status(changed).equals("HIT") & status(other).equals("HIT"));

        events.publishEvent(PagesChanged.of(PageTopics.article(changed.id())));

        assertThat(status(changed)).isEqualTo("MISS");
        assertThat(status(other)).isEqualTo("HIT");
    }

    @Test
    void aChangeAnnouncedByAnotherNode_dropsThePageHereToo() throws Exception {
        Map<String, NodeChannel> channels = context.getBeansOfType(NodeChannel.class);
        if (!url.startsWith("jdbc:postgresql:")) {
            // One node: nothing else can change the database behind this one's back, and nothing listens.
            assertThat(channels).isEmpty();
            return;
        }
        // Pages, live comments and moderation's rules and bans each have a channel of their own.
        assertThat(channels).containsOnlyKeys("pageChannel", "commentChannel", "moderationChannel");
        assertThat(channels.values()).allMatch(NodeChannel::isRunning);
        ArticleRef article = article();
        ArticleRef other = article();
        status(article);
        status(other);
        assertThat(status(article)).isEqualTo("HIT");

        try (Connection otherNode = DriverManager.getConnection(url, user, password);
                PreparedStatement notify = otherNode.prepareStatement("SELECT pg_notify('masthead_pages', ?)")) {
            notify.setString(1, PageCacheInvalidation.message("another-node", PagesChanged.of(PageTopics.article(article.id()))));
            notify.executeQuery().close();
        }

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> status(article).equals("MISS"));
        assertThat(status(other)).isEqualTo("HIT");
    }
}
