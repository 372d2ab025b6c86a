package org.masthead.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.masthead.Bursts;
import org.masthead.ManyClientsTest;
import org.masthead.Session;
import org.masthead.TestAccounts;
import org.masthead.TestArticles;
import org.masthead.TestClients;
import org.masthead.TestComments;
import org.masthead.accounts.Accounts;
import org.masthead.accounts.Member;
import org.masthead.accounts.Role;
import org.masthead.discussion.Discussion;
import org.masthead.publishing.ArticleRef;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Readers' reports, from readers on networks of their own: a comment reported by enough of them is
 * hidden until a moderator reads it; one reader counts once; reporters are limited; what they write
 * is checked; and a burst of reports is stored as acknowledged.
 */
@ManyClientsTest
class Reports_Test {

    @LocalServerPort
    int port;

    @Autowired
    TestArticles articles;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    Discussion discussion;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    /**
     * A public comment to report, stored as the discussion stores a comment brought from elsewhere:
     * what is tried here is reporting, and the form's wait for a person would only slow it.
     */
    private long published(ArticleRef article) {
        String name = "Reported Writer " + UUID.randomUUID().toString().substring(0, 6);
        return discussion.record(new Discussion.Recorded(article.id(), null, name, TestComments.emailOf(name),
                "An opinion some dislike. " + UUID.randomUUID(), java.time.Instant.now(), null, null, 0, 0));
    }

    private ArticleRef article() {
        return articles.publish(TestArticles.story("Reported " + UUID.randomUUID().toString().substring(0, 8)));
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM comments WHERE id = :id").param("id", id).query(String.class).single();
    }

    private long reports(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM comment_reports WHERE comment_id = :id").param("id", id).query(Long.class).single();
    }

    private static HttpResponse<String> report(Session reader, long id, String... fields) {
        reader.get("/comments/" + id + "/report");
        return reader.post("/comments/" + id + "/report", fields);
    }

    @Test
    void threeReaders_hideAComment_untilAModeratorReadsIt_andOneReaderCountsOnce() throws Exception {
        ArticleRef article = article();
        long id = published(article);
        Session first = new Session(port).from(TestClients.next());
        HttpResponse<String> thanked = report(first, id, "reason", "abuse");
        assertThat(thanked.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(thanked.body()).select(".notice").text()).startsWith("Thank you. A moderator will read this comment.");
        assertThat(report(first, id, "reason", "spam").statusCode()).as("again, thanked alike").isEqualTo(200);
        assertThat(reports(id)).isEqualTo(1);
        report(new Session(port).from(TestClients.next()), id, "reason", "harassment");
        assertThat(status(id)).isEqualTo("approved");
        report(new Session(port).from(TestClients.next()), id, "reason", "other", "details", "Mocks a bereaved family.");
        assertThat(status(id)).as("hidden at three").isEqualTo("pending");
        assertThat(new Session(port).from(TestClients.next()).get(article.path()).body()).doesNotContain("An opinion some dislike.");
        assertThat(jdbc.sql("SELECT actor FROM moderation_audit WHERE comment_id = :id AND action = 'hidden'")
                .param("id", id).query(String.class).list()).containsExactly("Rule: Reported by readers");

        Member moderator = TestAccounts.with(accounts, Role.MODERATOR);
        Session desk = new Session(port).from(TestClients.next());
        desk.signIn(moderator.email(), TestAccounts.PASSWORD);
        var item = Jsoup.parse(desk.get("/newsroom/moderation?tab=reported").body()).selectFirst("#item-" + id);
        assertThat(item).isNotNull();
        assertThat(item.select(".queue-item__reports li").eachText()).containsExactlyInAnyOrder("Abusive or insulting",
                "Harassment of a person", "Something else: Mocks a bereaved family.");
        desk.post("/newsroom/moderation/decide", "one", "approve:" + id, "tab", "reported");
        assertThat(status(id)).isEqualTo("approved");
        assertThat(Jsoup.parse(desk.get("/newsroom/moderation?tab=reported").body()).select("#item-" + id))
                .as("settled reports leave the tab").isEmpty();
    }

    @Test
    void badReports_areAnsweredWithASentence_andStoreNothing() throws Exception {
        ArticleRef article = article();
        long id = published(article);
        Session reader = new Session(port).from(TestClients.next());
        Map<String, String[]> bad = Map.of(
                "Choose why you report this comment.", new String[] { "reason", "because" },
                "Say in a few words what is wrong with this comment.", new String[] { "reason", "other" },
                "Say it in at most 500 characters", new String[] { "reason", "abuse", "details", "x".repeat(501) });
        for (var b : bad.entrySet()) {
            HttpResponse<String> answer = report(reader, id, b.getValue());
            assertThat(answer.statusCode()).as(b.getKey()).isEqualTo(400);
            assertThat(answer.body()).contains(b.getKey());
        }
        assertThat(new Session(port).from(TestClients.next()).get("/comments/999999999/report").statusCode()).isEqualTo(404);
        assertThat(reports(id)).isZero();

        // A member cannot report their own words.
        Member member = TestAccounts.with(accounts, Role.READER);
        Session own = new Session(port).from(TestClients.next());
        own.signIn(member.email(), TestAccounts.PASSWORD);
        own.get(article.path() + "/comments");
        String shown = own.field("shown");
        Thread.sleep(2100);
        long mine = TestComments.id(own.post(article.path() + "/comments", "body", "My own view " + UUID.randomUUID(), "shown", shown));
        assertThat(report(own, mine, "reason", "spam").statusCode()).isEqualTo(403);
        assertThat(reports(mine)).isZero();
    }

    @Test
    void aReader_reportsAFewCommentsInAFewMinutes_thenWaits() throws Exception {
        ArticleRef article = article();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(published(article));
        }
        Session reader = new Session(port).from(TestClients.next());
        for (int i = 0; i < 3; i++) {
            assertThat(report(reader, ids.get(i), "reason", "off-topic").statusCode()).isEqualTo(200);
        }
        HttpResponse<String> fourth = report(reader, ids.get(3), "reason", "off-topic");
        assertThat(fourth.statusCode()).isEqualTo(429);
        assertThat(fourth.body()).contains("wait a little before reporting more");
        assertThat(reports(ids.get(3))).isZero();
    }

    @Test
    void aBurstOfReports_isAllAnswered_andStoredAsAcknowledged() throws Exception {
        ArticleRef article = article();
        long id = published(article);
        List<HttpRequest> requests = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            requests.add(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/comments/" + id + "/report"))
                    .timeout(Duration.ofSeconds(120)).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", "http://127.0.0.1:" + port).header("X-Forwarded-For", TestClients.next())
                    .POST(HttpRequest.BodyPublishers.ofString("reason=abuse&details="
                            + URLEncoder.encode("Report " + i, StandardCharsets.UTF_8))).build());
        }
        List<Bursts.Answer> answers = Bursts.atOnce(client, requests);
        assertThat(Bursts.tally(answers)).containsOnlyKeys("200");
        assertThat(reports(id)).isEqualTo(200);
        assertThat(status(id)).isEqualTo("pending");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM moderation_audit WHERE comment_id = :id AND action = 'hidden'")
                .param("id", id).query(Long.class).single()).as("hidden once").isEqualTo(1);
    }
}
