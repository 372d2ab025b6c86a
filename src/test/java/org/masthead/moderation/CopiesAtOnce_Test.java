package org.masthead.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.masthead.Bursts;
import org.masthead.ManyClientsTest;
import org.masthead.Session;
import org.masthead.TestArticles;
import org.masthead.TestClients;
import org.masthead.publishing.ArticleRef;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The same words posted at the same moment on many articles, from as many addresses: one copy is
 * published and every other is filed as spam, however the posts interleave. On PostgreSQL the copies
 * meet in a table every node writes, so two nodes taking two copies at once catch them too.
 */
@ManyClientsTest
class CopiesAtOnce_Test {

    static final int ARTICLES = 12;

    @LocalServerPort
    int port;

    @Autowired
    TestArticles articles;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    @Test
    void theSameWordsOnManyArticlesAtOnce_arePublishedOnce_andSpamEverywhereElse() throws Exception {
        List<ArticleRef> targets = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            targets.add(articles.publish(TestArticles.story("Copied " + i + " " + UUID.randomUUID().toString().substring(0, 6))));
        }
        Session first = new Session(port).from(TestClients.next());
        first.get(targets.get(0).path());
        String shown = first.field("shown");
        Thread.sleep(2100);
        String words = "The new cycle lanes on Mill Road are the best thing the council has done in years " + UUID.randomUUID();
        List<HttpRequest> requests = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            requests.add(Bursts.form(port, targets.get(i).path() + "/comments", TestClients.next(), "body", words,
                    "name", "Copier " + i, "email", "copier-" + i + "-" + UUID.randomUUID().toString().substring(0, 4)
                            + "@readers.test", "shown", shown));
        }
        List<Bursts.Answer> answers = Bursts.atOnce(client, requests);
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as("%s", Bursts.tally(answers)).isEqualTo(302));

        List<String> statuses = jdbc.sql("SELECT status FROM comments WHERE article_id IN (:ids) ORDER BY status")
                .param("ids", targets.stream().map(ArticleRef::id).toList()).query(String.class).list();
        assertThat(statuses).as("every copy stored").hasSize(ARTICLES);
        assertThat(statuses.stream().filter("approved"::equals)).as("published once: " + statuses).hasSize(1);
        assertThat(statuses.stream().filter("spam"::equals)).as("spam elsewhere: " + statuses).hasSize(ARTICLES - 1);
    }
}
