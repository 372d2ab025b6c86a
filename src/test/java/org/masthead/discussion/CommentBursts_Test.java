package org.masthead.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.masthead.TestDatabase;
import org.masthead.publishing.ArticleRef;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A comment storm: hundreds of readers post or vote at the same moment, each from an address of their
 * own. Every answer is a success or a clear refusal, never a server error or a dropped connection;
 * what was acknowledged is stored, and nothing else; and the next comment goes through as usual. The
 * limits for one client (a few posts a minute, none quicker than a person writes) hold meanwhile.
 */
@ManyClientsTest
class CommentBursts_Test {

    static final int AT_ONCE = 200;

    @LocalServerPort
    int port;

    @Autowired
    TestArticles articles;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    private HttpRequest form(String path, String client, String... fields) {
        return Bursts.form(port, path, client, fields);
    }

    private String stamp(ArticleRef article) throws InterruptedException {
        Session session = new Session(port).from(TestClients.next());
        session.get(article.path());
        String shown = session.field("shown");
        Thread.sleep(2100);
        return shown;
    }

    @Test
    void twoHundredSimultaneousComments_areAllAnswered_andStoredAsAcknowledged() throws Exception {
        ArticleRef article = articles.publish(TestArticles.story("Storm " + UUID.randomUUID().toString().substring(0, 8)));
        String shown = stamp(article);
        List<HttpRequest> requests = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            requests.add(form(article.path() + "/comments", TestClients.next(), "body", "Storm comment " + i,
                    "name", "Reader " + i, "email", "storm-" + i + "-" + UUID.randomUUID().toString().substring(0, 4)
                            + "@readers.test", "shown", shown));
        }
        long started = System.nanoTime();
        List<Bursts.Answer> answers = Bursts.atOnce(client, requests);
        double seconds = (System.nanoTime() - started) / 1e9;
        int acknowledged = 0;
        for (Bursts.Answer a : answers) {
            assertThat(a.failure()).as("an answer, not a dropped connection").isNull();
            assertThat(a.status()).as("success or a clear refusal: " + Bursts.tally(answers)).isNotEqualTo(500)
                    .satisfiesAnyOf(s -> assertThat(s).isEqualTo(302), s -> assertThat(s).isBetween(400, 429),
                            s -> assertThat(s).isEqualTo(503));
            if (a.status() == 302 && a.location().contains("/comments/")) {
                acknowledged++;
            }
        }
        long stored = jdbc.sql("SELECT COUNT(*) FROM comments WHERE article_id = :a").param("a", article.id())
                .query(Long.class).single();
        assertThat(stored).as("stored = acknowledged: " + Bursts.tally(answers)).isEqualTo(acknowledged);
        assertThat(acknowledged).as("most get through: " + Bursts.tally(answers)).isGreaterThan(AT_ONCE / 2);
        System.out.printf("%n*** %s: %d simultaneous comments answered in %.1f s (%.0f comments/s): %s ***%n%n",
                TestDatabase.kind(), AT_ONCE, seconds, acknowledged / seconds, Bursts.tally(answers));

        Thread.sleep(1000);
        Bursts.Answer after = Bursts.send(client, form(article.path() + "/comments", TestClients.next(), "body",
                "After the storm", "name", "Calm", "email", "calm-" + UUID.randomUUID().toString().substring(0, 6) + "@readers.test", "shown", shown));
        assertThat(after.status()).isEqualTo(302);
    }

    @Test
    void twoHundredSimultaneousVotes_fromAsManyReaders_areEachCountedOnce() throws Exception {
        ArticleRef article = articles.publish(TestArticles.story("Votes " + UUID.randomUUID().toString().substring(0, 8)));
        String shown = stamp(article);
        Bursts.Answer posted = Bursts.send(client, form(article.path() + "/comments", TestClients.next(), "body",
                "Vote on this", "name", "Popular", "email", "popular-" + UUID.randomUUID().toString().substring(0, 6) + "@readers.test",
                "shown", shown));
        long id = Long.parseLong(posted.location().substring(posted.location().lastIndexOf('/') + 1));
        List<HttpRequest> votes = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            votes.add(form("/comments/" + id + "/vote", TestClients.next(), "value", "up"));
        }
        List<Bursts.Answer> answers = Bursts.atOnce(client, votes);
        long acknowledged = answers.stream().filter(a -> a.status() == 302).count();
        answers.forEach(a -> assertThat(a.status()).as(Bursts.tally(answers).toString()).isIn(302, 429, 503));
        int counted = jdbc.sql("SELECT up_votes FROM comments WHERE id = :id").param("id", id).query(Integer.class).single();
        long rows = jdbc.sql("SELECT COUNT(*) FROM comment_votes WHERE comment_id = :id").param("id", id)
                .query(Long.class).single();
        assertThat(counted).as(Bursts.tally(answers).toString()).isEqualTo((int) acknowledged).isEqualTo((int) rows);
    }

    @Test
    void oneClient_postsAFewAMinute_andNoneQuickerThanAPersonWrites() throws Exception {
        ArticleRef article = articles.publish(TestArticles.story("Limits " + UUID.randomUUID().toString().substring(0, 8)));
        Session quick = new Session(port).from(TestClients.next());
        quick.get(article.path());
        HttpResponse<String> tooQuick = quick.post(article.path() + "/comments", "body", "Instantly", "name", "Bot",
                "email", "bot@readers.test", "shown", quick.field("shown"));
        assertThat(tooQuick.statusCode()).isEqualTo(400);
        assertThat(tooQuick.body()).contains("quicker than anyone can read and write");

        String address = TestClients.next();
        String shown = stamp(article);
        for (int i = 0; i < 3; i++) {
            Bursts.Answer ok = Bursts.send(client, form(article.path() + "/comments", address, "body", "Post " + i,
                    "name", "Busy " + i, "email", "busy-" + i + "-" + UUID.randomUUID().toString().substring(0, 4)
                            + "@readers.test", "shown", shown));
            assertThat(ok.status()).isEqualTo(302);
        }
        Bursts.Answer fourth = Bursts.send(client, form(article.path() + "/comments", address, "body", "Post 4",
                "name", "Busy 4", "email", "busy-4@readers.test", "shown", shown));
        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.body()).contains("Many comments have come from your network in the last minute");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM comments WHERE article_id = :a").param("a", article.id())
                .query(Long.class).single()).isEqualTo(3);
    }
}
