package org.masthead.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.masthead.DatabaseTest;
import org.masthead.Http;
import org.masthead.Session;
import org.masthead.TestArticles;
import org.masthead.TestComments;
import org.masthead.publishing.ArticleRef;
import org.masthead.publishing.Publishing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What readers may and may not do: votes (once each, not on one's own words), edits and deletions
 * within their limits, and everything a careless or hostile form can send — each refused with a
 * sentence, and nothing stored or changed.
 */
@DatabaseTest
class Discussion_RulesTest {

    @LocalServerPort
    int port;

    @Autowired
    TestArticles articles;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Discussion discussion;

    @Autowired
    Publishing publishing;

    @Autowired
    DiscussionKeys keys;

    private ArticleRef article() {
        return articles.publish(TestArticles.story("Ruled " + UUID.randomUUID().toString().substring(0, 8)));
    }

    private long comments(ArticleRef article) {
        return jdbc.sql("SELECT COUNT(*) FROM comments WHERE article_id = :a").param("a", article.id())
                .query(Long.class).single();
    }

    private int[] votes(long id) {
        return jdbc.sql("SELECT up_votes, down_votes FROM comments WHERE id = :id").param("id", id)
                .query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2) }).single();
    }

    private static HttpResponse<String> vote(Session session, long id, String value) {
        return session.post("/comments/" + id + "/vote", "value", value);
    }

    @Test
    void votes_countOncePerReader_canBeWithdrawnOrTurned_andNeverOnOnesOwnComment() {
        ArticleRef article = article();
        Session writer = new Session(port);
        long id = TestComments.byGuest(writer, article, "Voted On", "Vote on me.");
        assertThat(vote(writer, id, "up").statusCode()).as("one's own comment").isEqualTo(403);

        Session reader = new Session(port);
        reader.get(article.path());
        assertThat(vote(reader, id, "up").statusCode()).isEqualTo(302);
        assertThat(votes(id)).containsExactly(1, 0);
        assertThat(vote(reader, id, "up").statusCode()).isEqualTo(302);
        assertThat(votes(id)).as("the same vote again withdraws it").containsExactly(0, 0);
        vote(reader, id, "up");
        vote(reader, id, "down");
        assertThat(votes(id)).as("turned").containsExactly(0, 1);

        // Another guest pass from the same network address does not vote a second time.
        Session sameNetwork = new Session(port);
        sameNetwork.get(article.path());
        HttpResponse<String> again = vote(sameNetwork, id, "down");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("Someone on your network has voted on this comment already.");
        assertThat(votes(id)).containsExactly(0, 1);

        for (String value : List.of("", "sideways", "1", "UP")) {
            assertThat(vote(reader, id, value).statusCode()).as(value).isEqualTo(400);
        }
        assertThat(vote(reader, 999_999_999L, "up").statusCode()).isEqualTo(404);
        assertThat(votes(id)).containsExactly(0, 1);

        // With htmx the answer is the vote buttons again, with the counts and the reader's own vote.
        HttpResponse<String> part = reader.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/comments/" + id + "/vote")).header("HX-Request", "true").header("Origin", "http://127.0.0.1:" + port)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("value=up")));
        Document buttons = Jsoup.parse(part.body());
        assertThat(buttons.select(".votes__button--up").attr("aria-pressed")).isEqualTo("true");
        assertThat(buttons.select(".votes__button--up .votes__count").text()).isEqualTo("1");
    }

    @Test
    void aForgedGuestPass_isRefused_andVotesNothing() {
        ArticleRef article = article();
        long id = TestComments.byGuest(new Session(port), article, "Forged At", "Words.");
        HttpResponse<String> forged = new Http(port).send("POST", "/comments/" + id + "/vote?value=up",
                "Cookie", GuestPasses.COOKIE + "=AAAAAAAAAAAAAAAAAAAAAA.notasignatureatallxx",
                "Origin", "http://127.0.0.1:" + port);
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(forged.body()).select(".page-intro").text()).contains("guest pass this site did not issue");
        assertThat(votes(id)).containsExactly(0, 0);
    }

    @Test
    void writersEditAndDelete_theirOwnOnly_withinTheWindow_andADeletedCommentWithRepliesKeepsItsPlace() {
        ArticleRef article = article();
        Session writer = new Session(port);
        long id = TestComments.byGuest(writer, article, "Edits Things", "First words.");
        writer.get("/comments/" + id + "/edit");
        assertThat(writer.post("/comments/" + id + "/edit", "body", "Second *words*.").statusCode()).isEqualTo(302);
        Document shown = new Http(port).page(article.path() + "/comments");
        assertThat(shown.select("#comment-" + id + " .comment__text em").text()).isEqualTo("words");
        assertThat(shown.select("#comment-" + id + " .comment__edited").text()).isEqualTo("edited");

        Session stranger = new Session(port);
        stranger.get(article.path());
        assertThat(stranger.post("/comments/" + id + "/edit", "body", "Hijacked").statusCode()).isEqualTo(403);
        assertThat(stranger.post("/comments/" + id + "/delete").statusCode()).isEqualTo(403);

        long reply = TestComments.byGuest(stranger, article, "Replies", "A reply.", "parentId", Long.toString(id));
        HttpResponse<String> late = writer.post("/comments/" + id + "/edit", "body", "Changed after a reply");
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("This comment has replies now");
        assertThat(writer.post("/comments/" + id + "/delete").statusCode()).isEqualTo(302);
        Document after = new Http(port).page(article.path() + "/comments");
        assertThat(after.select("#comment-" + id + " .comment__deleted").text()).isEqualTo("This comment was deleted.");
        assertThat(after.select("#comment-" + id).text()).doesNotContain("Edits Things", "Second");
        assertThat(after.getElementById("comment-" + reply)).isNotNull();
        assertThat(after.select(".discussion__count").text()).isEqualTo("1");

        assertThat(stranger.post("/comments/" + reply + "/delete").statusCode()).isEqualTo(302);
        assertThat(new Http(port).page(article.path() + "/comments").getElementById("comment-" + reply)).isNull();

        jdbc.sql("UPDATE comments SET created_at = created_at - 3600000 WHERE id = :id").param("id", reply).update();
        long old = TestComments.byGuest(writer, article, "Edits Things", "Old words.");
        jdbc.sql("UPDATE comments SET created_at = created_at - 3600000 WHERE id = :id").param("id", old).update();
        HttpResponse<String> tooLate = writer.post("/comments/" + old + "/edit", "body", "Changed an hour later");
        assertThat(tooLate.statusCode()).isEqualTo(409);
        assertThat(tooLate.body()).contains("can no longer be");
    }

    @Test
    void badComments_areRefusedWithASentence_andNothingIsStored() {
        ArticleRef article = article();
        ArticleRef other = article();
        long foreign = TestComments.byGuest(new Session(port), other, "Elsewhere", "On another article.");
        long before = comments(article);
        record Case(String[] fields, int status, String says) {
        }
        String fine = "A fine comment " + UUID.randomUUID();
        var cases = List.of(
                new Case(new String[] { "body", "  ", "name", "A", "email", "a@example.org" }, 400, "Write your comment first."),
                new Case(new String[] { "body", "x".repeat(10_001), "name", "A", "email", "a@example.org" }, 400, "Keep comments under 10000 characters"),
                new Case(new String[] { "body", fine, "name", "", "email", "a@example.org" }, 400, "Give a name of 1 to 80 characters"),
                new Case(new String[] { "body", fine, "name", "ad\u202Emin", "email", "a@example.org" }, 400, "Names cannot contain"),
                new Case(new String[] { "body", fine, "name", "A", "email", "not an address" }, 400, "Give your email address"),
                new Case(new String[] { "body", fine, "name", "A", "email", "a@example.org", "website", "javascript:alert(1)" }, 400, "starting with https://"),
                new Case(new String[] { "body", fine, "name", "A", "email", "a@example.org", "parentId", "999999999" }, 400, "is not there any more"),
                new Case(new String[] { "body", fine, "name", "A", "email", "a@example.org", "parentId", Long.toString(foreign) }, 400, "belongs to another article"),
                new Case(new String[] { "body", fine, "name", "A", "email", "a@example.org", "parentId", "abc" }, 400, "reload the page"),
                new Case(new String[] { "body", fine, "name", "A", "email", "a@example.org", "homepage", "http://spam.example" }, 400, "filled in by a program"),
                new Case(new String[] { "body", fine, "name", "A", "email", "a@example.org", "quote", "Words the article never had." }, 400, "not in the article"),
                new Case(new String[] { "body", fine, "name", "A", "email", "a@example.org", "questionId", "999999" }, 400, "not asked on this article"));
        for (Case c : cases) {
            HttpResponse<String> refused = TestComments.post(new Session(port), article, c.fields()[1],
                    java.util.Arrays.copyOfRange(c.fields(), 2, c.fields().length));
            assertThat(refused.statusCode()).as(c.says()).isEqualTo(c.status());
            assertThat(refused.body()).as(c.says()).contains(c.says());
        }
        HttpResponse<String> noStamp = new Session(port).post(article.path() + "/comments", "body", fine, "name", "A",
                "email", "a@example.org");
        assertThat(noStamp.statusCode()).isEqualTo(400);
        assertThat(noStamp.body()).contains("did not come from this page");
        HttpResponse<String> forgedStamp = new Session(port).post(article.path() + "/comments", "body", fine, "name",
                "A", "email", "a@example.org", "shown", "1.abcdefabcdefabcdefabcd");
        assertThat(forgedStamp.statusCode()).isEqualTo(400);
        // A stamp this site signed, kept for days by a program that posts with it ever after.
        long threeDaysAgo = System.currentTimeMillis() / 1000 - 3 * 24 * 3600;
        HttpResponse<String> staleStamp = new Session(port).post(article.path() + "/comments", "body", fine, "name",
                "A", "email", "a@example.org", "shown", threeDaysAgo + "." + keys.sign("shown:" + threeDaysAgo));
        assertThat(staleStamp.statusCode()).isEqualTo(400);
        assertThat(staleStamp.body()).contains("open for days");
        // The refused form comes back with what was typed.
        assertThat(Jsoup.parse(noStamp.body()).select("textarea[name=body]").text()).isEqualTo(fine);
        assertThat(comments(article)).isEqualTo(before);

        Session twice = new Session(port);
        TestComments.byGuest(twice, article, "Says It Twice", "Exactly the same words.");
        HttpResponse<String> repeat = TestComments.post(twice, article, "Exactly the same words.", "name", "Says It Twice",
                "email", TestComments.emailOf("Says It Twice"));
        assertThat(repeat.statusCode()).isEqualTo(400);
        assertThat(repeat.body()).contains("You have already posted this comment here.");
        assertThat(comments(article)).isEqualTo(before + 1);
    }

    @Test
    void whenThePublicationAsksForAccounts_guestsAreToldToSignIn_andNothingIsStored() {
        ArticleRef article = article();
        publishing.allowGuestComments(false);
        try {
            Document page = new Http(port).page(article.path());
            assertThat(page.select(".composer__signin").text()).contains("Sign in to comment");
            assertThat(page.select(".composer__form")).isEmpty();
            HttpResponse<String> refused = TestComments.post(new Session(port), article, "Let me in", "name", "G",
                    "email", "g@example.org");
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(comments(article)).isZero();
        }
        finally {
            publishing.allowGuestComments(true);
        }
    }

    @Test
    void aModerator_takesACommentDown_andPutsItBack_andThePagesFollow() {
        ArticleRef article = article();
        long id = TestComments.byGuest(new Session(port), article, "Moderated", "Borderline words.");
        discussion.moderate(id, CommentStatus.SPAM);
        assertThat(new Http(port).page(article.path()).getElementById("comment-" + id)).isNull();
        assertThat(discussion.count(article.id())).isZero();
        discussion.moderate(id, CommentStatus.APPROVED);
        assertThat(new Http(port).page(article.path()).getElementById("comment-" + id)).isNotNull();
        assertThat(discussion.count(article.id())).isEqualTo(1);
    }
}
