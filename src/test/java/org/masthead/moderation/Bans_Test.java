package org.masthead.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.masthead.DatabaseTest;
import org.masthead.Session;
import org.masthead.TestAccounts;
import org.masthead.TestArticles;
import org.masthead.TestComments;
import org.masthead.accounts.Accounts;
import org.masthead.accounts.Member;
import org.masthead.accounts.Role;
import org.masthead.publishing.ArticleRef;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bans by account, email and network address, for a time or for good: the banned commenter is told
 * why and until when, their comments can go in the same step, a ban ends by itself or when lifted,
 * and the publication's own people cannot be banned. Every test here comes from 127.0.0.1: a ban on
 * that address lasts seconds, and the test waits until it has ended.
 */
@DatabaseTest
class Bans_Test {

    @LocalServerPort
    int port;

    @Autowired
    TestArticles articles;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    BanRepository bans;

    @Autowired
    BanBook book;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    @Autowired
    ModerationChanges changes;

    @org.springframework.beans.factory.annotation.Value("${spring.datasource.url}")
    String url;

    private ArticleRef article() {
        return articles.publish(TestArticles.story("Banned " + UUID.randomUUID().toString().substring(0, 8)));
    }

    /** A reader on a network of their own, with the form shown long enough ago to post. */
    private static final class Reader {

        final Session session;
        final String name;

        Reader(int port, String name) {
            this.session = new Session(port);
            this.name = name;
        }

        HttpResponse<String> post(ArticleRef article, String body) {
            return TestComments.post(session, article, body, "name", name, "email", TestComments.emailOf(name));
        }
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM comments WHERE id = :id").param("id", id).query(String.class).single();
    }

    private Session desk() {
        Member moderator = TestAccounts.with(accounts, Role.MODERATOR);
        Session desk = new Session(port);
        desk.signIn(moderator.email(), TestAccounts.PASSWORD);
        return desk;
    }

    @Test
    void aSuspendedGuest_isToldWhyAndUntilWhen_andTheirCommentsGoWithTheBan() {
        ArticleRef article = article();
        Reader troll = new Reader(port, "Troll " + UUID.randomUUID().toString().substring(0, 6));
        long first = TestComments.id(troll.post(article, "First needling remark " + UUID.randomUUID()));
        long second = TestComments.id(troll.post(article, "Second needling remark " + UUID.randomUUID()));

        Session desk = desk();
        desk.get("/newsroom/moderation/comments/" + second + "/ban");
        HttpResponse<String> banned = desk.post("/newsroom/moderation/comments/" + second + "/ban", "kinds", "email",
                "term", "7d", "reason", "Needling other readers", "remove", "yes");
        assertThat(banned.statusCode()).isEqualTo(302);
        assertThat(status(first)).isEqualTo("trash");
        assertThat(status(second)).isEqualTo("trash");
        assertThat(Jsoup.parse(desk.get(Session.location(banned).replace("http://127.0.0.1:" + port, "")).body())
                .select(".notice").text()).isEqualTo("The ban is in force; 2 comments were taken down with it.");

        HttpResponse<String> refused = troll.post(article, "Let me back in.");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("You cannot comment until").contains("Reason given: Needling other readers");
        // Their votes stop too: the pass they commented with stands for the address a guest's vote lacks.
        Reader neighbour = new Reader(port, "Neighbour " + UUID.randomUUID().toString().substring(0, 6));
        long theirs = TestComments.id(neighbour.post(article, "A neighbour's calm view " + UUID.randomUUID()));
        troll.session.get(article.path());
        HttpResponse<String> vote = troll.session.post("/comments/" + theirs + "/vote", "value", "up");
        assertThat(vote.statusCode()).isEqualTo(403);
        assertThat(vote.body()).contains("You cannot vote until").contains("Reason given: Needling other readers");
        assertThat(jdbc.sql("SELECT up_votes FROM comments WHERE id = :id").param("id", theirs).query(Integer.class).single())
                .isZero();
        // A guest with no comment under the banned address still votes.
        Reader bystander = new Reader(port, "Bystander " + UUID.randomUUID().toString().substring(0, 6));
        bystander.post(article, "A bystander's note " + UUID.randomUUID());
        bystander.session.get(article.path());
        assertThat(bystander.session.post("/comments/" + theirs + "/vote", "value", "up").statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM moderation_audit WHERE action = 'banned' AND comment_id = :id")
                .param("id", second).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aBannedAccount_isRefusedEverywhere_untilTheBanIsLifted() {
        ArticleRef article = article();
        Member member = TestAccounts.with(accounts, Role.READER);
        Session reader = new Session(port);
        reader.signIn(member.email(), TestAccounts.PASSWORD);
        long id = TestComments.id(TestComments.post(reader, article, "A member's view " + UUID.randomUUID()));

        Session desk = desk();
        desk.get("/newsroom/moderation/comments/" + id + "/ban");
        desk.post("/newsroom/moderation/comments/" + id + "/ban", "kinds", "account", "term", "forever", "reason", "Abuse");
        assertThat(status(id)).as("left up: the moderator did not ask for it to go").isEqualTo("approved");

        // The member's open session is refused at once: bans are read at every comment.
        HttpResponse<String> refused = TestComments.post(reader, article, "Again " + UUID.randomUUID());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("a moderator has banned you");
        // Nor do their votes count while the ban holds.
        Member other = TestAccounts.with(accounts, Role.READER);
        Session neighbour = new Session(port);
        neighbour.signIn(other.email(), TestAccounts.PASSWORD);
        long theirs = TestComments.id(TestComments.post(neighbour, article, "Another member's view " + UUID.randomUUID()));
        reader.get(article.path());
        HttpResponse<String> vote = reader.post("/comments/" + theirs + "/vote", "value", "up");
        assertThat(vote.statusCode()).isEqualTo(403);
        assertThat(vote.body()).contains("You cannot vote on this publication: a moderator has banned you.");
        assertThat(jdbc.sql("SELECT up_votes FROM comments WHERE id = :id").param("id", theirs).query(Integer.class).single())
                .isZero();

        long banId = jdbc.sql("SELECT id FROM moderation_bans WHERE kind = 'account' AND value = :v")
                .param("v", Long.toString(member.id())).query(Long.class).single();
        desk.get("/newsroom/moderation/bans");
        assertThat(desk.post("/newsroom/moderation/bans/" + banId + "/lift").statusCode()).isEqualTo(302);
        assertThat(TestComments.post(reader, article, "Back " + UUID.randomUUID()).statusCode()).isEqualTo(302);
        assertThat(reader.post("/comments/" + theirs + "/vote", "value", "up").statusCode()).isEqualTo(302);
    }

    @Test
    void aNetworkAddressBan_holdsForEveryoneOnIt_andEndsByItself() {
        ArticleRef article = article();
        Reader one = new Reader(port, "Shared Network " + UUID.randomUUID().toString().substring(0, 6));
        long id = TestComments.id(one.post(article, "From a shared network " + UUID.randomUUID()));
        String hash = jdbc.sql("SELECT client_hash FROM comments WHERE id = :id").param("id", id).query(String.class).single();
        long now = System.currentTimeMillis();
        bans.add(Ban.Kind.ADDRESS, hash, one.name, "Flooding", now + 3_000, null, now);
        book.forget();
        assertThat(one.post(article, "Still here " + UUID.randomUUID()).statusCode()).isEqualTo(403);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> System.currentTimeMillis() > now + 3_000);
        assertThat(one.post(article, "The ban has ended " + UUID.randomUUID()).statusCode()).as("expired").isEqualTo(302);
    }

    @Test
    void aBanMadeOnAnotherNode_holdsHereOnceItsMessageArrives() {
        // On SQLite there is one node, told in the process once the ban commits; on PostgreSQL the ban
        // is made as another node makes it, and only its message on the channel reaches this one.
        boolean nodes = url.startsWith("jdbc:postgresql:");
        ArticleRef article = article();
        Reader reader = new Reader(port, "Other Node Reader " + UUID.randomUUID().toString().substring(0, 6));
        TestComments.id(reader.post(article, "Before the ban " + UUID.randomUUID()));
        // Another node bans the address and says so on the channel, in one transaction, as Bans does.
        String email = TestComments.emailOf(reader.name);
        long now = System.currentTimeMillis();
        transaction.executeWithoutResult(tx -> {
            bans.add(Ban.Kind.EMAIL, email, reader.name, "Made elsewhere", null, null, now);
            if (nodes) {
                jdbc.sql("SELECT pg_notify('masthead_moderation', 'rules')").query((rs, n) -> 1).list();
            }
            else {
                changes.changed();
            }
        });
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> reader.post(article, "After the ban " + UUID.randomUUID()).statusCode() == 403);
    }

    @Test
    void staffCannotBeBanned_andABanSaysWhatItBans() {
        ArticleRef article = article();
        Member editor = TestAccounts.with(accounts, Role.EDITOR);
        Session staff = new Session(port);
        staff.signIn(editor.email(), TestAccounts.PASSWORD);
        long id = TestComments.id(TestComments.post(staff, article, "From the desk " + UUID.randomUUID()));
        Session desk = desk();
        desk.get("/newsroom/moderation/comments/" + id + "/ban");
        HttpResponse<String> refused = desk.post("/newsroom/moderation/comments/" + id + "/ban", "kinds", "account",
                "term", "7d", "reason", "Testing");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("works for the publication");

        Reader guest = new Reader(port, "Plain Guest " + UUID.randomUUID().toString().substring(0, 6));
        long guestComment = TestComments.id(guest.post(article, "A guest's words " + UUID.randomUUID()));
        desk.get("/newsroom/moderation/comments/" + guestComment + "/ban");
        HttpResponse<String> nothing = desk.post("/newsroom/moderation/comments/" + guestComment + "/ban", "term", "7d",
                "reason", "Testing");
        assertThat(nothing.statusCode()).isEqualTo(400);
        assertThat(nothing.body()).contains("Choose what to ban");
        HttpResponse<String> noReason = desk.post("/newsroom/moderation/comments/" + guestComment + "/ban", "kinds", "email",
                "term", "7d", "reason", " ");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("Give a reason");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM moderation_bans WHERE label = :l").param("l", guest.name)
                .query(Long.class).single()).isZero();
    }
}
