package org.masthead.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.masthead.DatabaseTest;
import org.masthead.Session;
import org.masthead.TestAccounts;
import org.masthead.TestArticles;
import org.masthead.TestComments;
import org.masthead.TestMailServer;
import org.masthead.accounts.Accounts;
import org.masthead.accounts.Member;
import org.masthead.accounts.Role;
import org.masthead.publishing.ArticleRef;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * "Notify of": who is told of what, read back from a real SMTP server — members at once, guests after
 * confirming; one message per new comment per address, for the closest reason, never for one's own;
 * and every message ends its subscription in one click (RFC 8058).
 */
@DatabaseTest
class Subscriptions_MailTest {

    static final Pattern CONFIRM = Pattern.compile("https://news\\.example\\.test(/subscriptions/\\d+/confirm\\?s=[A-Za-z0-9_-]+)");

    @LocalServerPort
    int port;

    @Autowired
    TestArticles articles;

    @Autowired
    Accounts accounts;

    private ArticleRef article() {
        return articles.publish(TestArticles.story("Followed " + UUID.randomUUID().toString().substring(0, 8)));
    }

    private static List<MimeMessage> notifications(String email) {
        return TestMailServer.messagesTo(email).stream().filter(m -> {
            try {
                return m.getHeader("List-Unsubscribe") != null;
            }
            catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    private static String header(MimeMessage message, String name) throws Exception {
        return message.getHeader(name)[0];
    }

    @Test
    void aMemberFollowsAnArticle_hearsOfEachNewComment_andStopsInOneClick() throws Exception {
        ArticleRef article = article();
        Member member = TestAccounts.with(accounts, Role.READER);
        Session session = new Session(port);
        assertThat(session.signIn(member.email(), TestAccounts.PASSWORD)).isTrue();
        session.get(article.path());
        HttpResponse<String> asked = session.post(article.path() + "/subscriptions", "kind", "article");
        assertThat(Session.location(asked)).contains("notice=subscribed");

        Session guest = new Session(port);
        TestComments.byGuest(guest, article, "Маша Иванова", "Первый комментарий — привет!");
        await().atMost(Duration.ofSeconds(20)).until(() -> notifications(member.email()).size() == 1);
        MimeMessage message = notifications(member.email()).get(0);
        assertThat(message.getSubject()).isEqualTo("Маша Иванова commented: " + article.headline());
        String text = TestMailServer.text(message);
        assertThat(text).contains("Первый комментарий — привет!", "/comments/");
        assertThat(header(message, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        String unsubscribe = header(message, "List-Unsubscribe").replaceAll("^<|>$", "")
                .replace("https://news.example.test", "http://127.0.0.1:" + port);

        // The mail client's one click: a POST from no page of this site, with no session and no token.
        HttpResponse<String> stopped = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(unsubscribe))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(stopped.statusCode()).isEqualTo(200);
        assertThat(stopped.body()).contains("you will get no more emails");

        long sentinelArticleMails = notifications(member.email()).size();
        TestComments.byGuest(guest, article, "Second Guest", "Another comment.");
        Member other = TestAccounts.with(accounts, Role.READER);
        Session watcher = new Session(port);
        watcher.signIn(other.email(), TestAccounts.PASSWORD);
        watcher.get(article.path());
        watcher.post(article.path() + "/subscriptions", "kind", "article");
        TestComments.byGuest(guest, article, "Third Guest", "Yet another comment.");
        await().atMost(Duration.ofSeconds(20)).until(() -> notifications(other.email()).size() == 1);
        assertThat(notifications(member.email())).as("nothing after the click").hasSize((int) sentinelArticleMails);

        HttpResponse<String> forged = new Session(port).post("/unsubscribe/1?s=notoursnotoursnotours");
        assertThat(forged.statusCode()).isEqualTo(400);

        // A link names the address too: an old one, put on another subscription's number (as SQLite may
        // give an ended subscription's number to the next), ends nothing.
        String othersLink = header(notifications(other.email()).get(0), "List-Unsubscribe").replaceAll("^<|>$", "");
        String othersId = othersLink.replaceAll(".*/unsubscribe/(\\d+)\\?.*", "$1");
        String oldSignature = unsubscribe.replaceAll(".*[?&]s=([^&]+).*", "$1");
        assertThat(new Session(port).post("/unsubscribe/" + othersId + "?s=" + oldSignature).statusCode()).isEqualTo(400);
        TestComments.byGuest(guest, article, "Fourth Guest", "Still told of this one.");
        await().atMost(Duration.ofSeconds(20)).until(() -> notifications(other.email()).size() == 2);
    }

    @Test
    void aGuestConfirmsFirst_thenHearsOfRepliesToTheirComment_onceEach_andNeverOfTheirOwn() throws Exception {
        ArticleRef article = article();
        String name = "Guest " + UUID.randomUUID().toString().substring(0, 6);
        String email = TestComments.emailOf(name);
        Session guest = new Session(port);
        long mine = TestComments.byGuest(guest, article, name, "My opinion on this.", "notify", "my-replies");
        await().atMost(Duration.ofSeconds(20)).until(() -> !TestMailServer.messagesTo(email).isEmpty());
        MimeMessage confirmation = TestMailServer.messagesTo(email).get(0);
        assertThat(confirmation.getSubject()).startsWith("Confirm: follow comments on");

        // Before confirming, nothing is sent.
        Session replier = new Session(port);
        TestComments.byGuest(replier, article, "Early Replier", "A reply before confirmation.", "parentId", Long.toString(mine));
        Matcher link = CONFIRM.matcher(TestMailServer.text(confirmation));
        assertThat(link.find()).isTrue();
        Session inbox = new Session(port);
        assertThat(inbox.get(link.group(1)).body()).contains("Start the emails");
        assertThat(inbox.post(link.group(1)).body()).contains("Subscription confirmed");

        TestComments.byGuest(replier, article, "Later Replier", "A reply @" + name + " after confirmation.",
                "parentId", Long.toString(mine));
        TestComments.byGuest(guest, article, name, "My own follow-up.", "parentId", Long.toString(mine));
        await().atMost(Duration.ofSeconds(20)).until(() -> notifications(email).size() == 1);
        Thread.sleep(500);
        List<MimeMessage> told = notifications(email);
        assertThat(told).as("one message for a reply that also mentions them; none for their own").hasSize(1);
        assertThat(told.get(0).getSubject()).isEqualTo("Later Replier replied to your comment: " + article.headline());
        String text = TestMailServer.text(told.get(0));
        assertThat(text).contains("Stop every email about comments to this address: https://news.example.test/unsubscribe/all?email=");
    }

    @Test
    void aGuestFollowsOneComment_fromItsOwnPage() throws Exception {
        ArticleRef article = article();
        long followed = TestComments.byGuest(new Session(port), article, "Followed Writer", "Worth following.");
        String email = "follower-" + UUID.randomUUID().toString().substring(0, 6) + "@readers.test";
        Session follower = new Session(port);
        assertThat(follower.get("/comments/" + followed + "/follow").body()).contains("Follow replies");
        assertThat(Session.location(follower.post("/comments/" + followed + "/follow", "email", email)))
                .contains("notice=confirm");
        await().atMost(Duration.ofSeconds(20)).until(() -> !TestMailServer.messagesTo(email).isEmpty());
        Matcher link = CONFIRM.matcher(TestMailServer.text(TestMailServer.messagesTo(email).get(0)));
        assertThat(link.find()).isTrue();
        follower.get(link.group(1));
        follower.post(link.group(1));
        TestComments.byGuest(new Session(port), article, "Answerer", "An answer.", "parentId", Long.toString(followed));
        await().atMost(Duration.ofSeconds(20)).until(() -> notifications(email).size() == 1);
        assertThat(notifications(email).get(0).getSubject()).startsWith("Answerer replied to a comment you follow");
    }
}
