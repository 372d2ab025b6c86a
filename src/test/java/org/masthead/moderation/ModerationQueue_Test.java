package org.masthead.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
 * The queue in the newsroom: who may open it, what it shows of each comment, decisions one at a time
 * and in bulk taking effect on the public page at once, and the audit they leave.
 */
@DatabaseTest
class ModerationQueue_Test {

    @LocalServerPort
    int port;

    @Autowired
    TestArticles articles;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RuleSettings settings;

    @Autowired
    Accounts accounts;

    /** An article that holds every comment, so that its comments wait in the queue. */
    private ArticleRef heldArticle() {
        ArticleRef article = articles.publish(TestArticles.story("Queued " + UUID.randomUUID().toString().substring(0, 8)));
        settings.save(TestAccounts.owner(accounts), new ArticleRules(article.id(), true, null, null, null, null, null),
                "article rules changed");
        return article;
    }

    private long held(ArticleRef article, String name, String body) {
        HttpResponse<String> posted = TestComments.post(new Session(port), article, body, "name", name, "email",
                TestComments.emailOf(name));
        assertThat(Session.location(posted)).contains("notice=pending");
        return jdbc.sql("SELECT MAX(id) FROM comments WHERE article_id = :a").param("a", article.id()).query(Long.class).single();
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM comments WHERE id = :id").param("id", id).query(String.class).single();
    }

    private Session as(Role role) {
        Member member = TestAccounts.with(accounts, role);
        Session session = new Session(port);
        assertThat(session.signIn(member.email(), TestAccounts.PASSWORD)).isTrue();
        return session;
    }

    @Test
    void aModerator_seesTheHeldComment_inItsThread_withWhy_andApprovingItPublishesItAtOnce() {
        ArticleRef article = heldArticle();
        String words = "A careful point about the council's budget " + UUID.randomUUID();
        long id = held(article, "Queued Reader " + UUID.randomUUID().toString().substring(0, 6), words);
        Session anonymous = new Session(port);
        assertThat(anonymous.get(article.path()).body()).doesNotContain(words);

        Session moderator = as(Role.MODERATOR);
        assertThat(Session.location(moderator.get("/newsroom"))).as("a moderator's desk is the queue").endsWith("/newsroom/moderation");
        Document queue = Jsoup.parse(moderator.get("/newsroom/moderation").body());
        assertThat(queue.select(".newsroom__bar .badge").text()).as("the menu counts what waits").isNotEmpty();
        var item = queue.selectFirst("#item-" + id);
        assertThat(item).isNotNull();
        assertThat(item.select(".queue-item__where a").first().text()).isEqualTo(article.headline());
        assertThat(item.select(".queue-item__body").text()).isEqualTo(words);
        assertThat(item.select(".queue-item__history").text()).isEqualTo("First comment");
        assertThat(item.select(".queue-item__why summary").text()).contains("Why it is here: Every comment held.");

        HttpResponse<String> approved = moderator.post("/newsroom/moderation/decide", "one", "approve:" + id, "tab", "pending");
        assertThat(approved.statusCode()).isEqualTo(302);
        assertThat(status(id)).isEqualTo("approved");
        assertThat(anonymous.get(article.path()).body()).as("on the public page at once").contains(words);
        assertThat(Jsoup.parse(moderator.get(Session.location(approved).replace("http://127.0.0.1:" + port, "")).body())
                .select(".notice").text()).isEqualTo("1 comment approved.");
    }

    @Test
    void decisionsInBulk_eachLeaveTheirLineInTheAudit_whichOutlivesTheComment() {
        ArticleRef article = heldArticle();
        String name = "Bulk Reader " + UUID.randomUUID().toString().substring(0, 6);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(held(article, name, "Bulk comment " + i + " " + UUID.randomUUID()));
        }
        Session editor = as(Role.EDITOR);
        editor.get("/newsroom/moderation");
        HttpResponse<String> rejected = editor.post("/newsroom/moderation/decide", "ids", ids.get(0).toString(), "ids",
                ids.get(1).toString(), "action", "reject", "tab", "pending");
        assertThat(rejected.statusCode()).isEqualTo(302);
        assertThat(status(ids.get(0))).isEqualTo("trash");
        assertThat(status(ids.get(1))).isEqualTo("trash");
        editor.post("/newsroom/moderation/decide", "ids", ids.get(2).toString(), "action", "spam", "tab", "pending");
        assertThat(status(ids.get(2))).isEqualTo("spam");
        assertThat(Jsoup.parse(editor.get("/newsroom/moderation?tab=rejected").body()).select("#item-" + ids.get(0))).hasSize(1);

        // The same decision again changes nothing and says so.
        HttpResponse<String> again = editor.post("/newsroom/moderation/decide", "ids", ids.get(0).toString(), "action",
                "reject", "tab", "rejected");
        assertThat(Session.location(again)).contains("done=0-rejected");

        jdbc.sql("DELETE FROM comments WHERE id IN (:ids)").param("ids", ids).update();
        List<String> lines = jdbc.sql("SELECT action || ' ' || comment_id FROM moderation_audit WHERE article_id = :a "
                + "AND action IN ('rejected', 'spam') ORDER BY id").param("a", article.id()).query(String.class).list();
        assertThat(lines).containsExactly("rejected " + ids.get(0), "rejected " + ids.get(1), "spam " + ids.get(2));

        Session owner = new Session(port);
        owner.signIn(TestAccounts.owner(accounts).email(), TestAccounts.PASSWORD);
        Document audit = Jsoup.parse(owner.get("/newsroom/moderation/audit?action=spam&comment=" + ids.get(2)).body());
        assertThat(audit.select("table.audit tbody tr")).hasSize(1);
        assertThat(audit.select("table.audit tbody tr").text()).contains("spam").contains(name).contains("Bulk comment 2");
    }

    @Test
    void twoModerators_theLaterDecisionFromAnOlderPage_leavesTheFirstOneStanding() {
        ArticleRef article = heldArticle();
        long id = held(article, "Disputed Reader " + UUID.randomUUID().toString().substring(0, 6), "Decide about me once.");
        Session first = as(Role.MODERATOR);
        Session second = as(Role.EDITOR);
        first.get("/newsroom/moderation");
        second.get("/newsroom/moderation");
        second.post("/newsroom/moderation/decide", "one", "approve:" + id, "was", id + ":pending", "tab", "pending");
        assertThat(status(id)).isEqualTo("approved");
        HttpResponse<String> late = first.post("/newsroom/moderation/decide", "one", "reject:" + id, "was", id + ":pending",
                "tab", "pending");
        assertThat(status(id)).as("the approval stands").isEqualTo("approved");
        String location = Session.location(late).replace("http://127.0.0.1:" + port, "");
        assertThat(Jsoup.parse(first.get(location).body()).select(".notice").text())
                .isEqualTo("Nothing changed. One comment was decided by someone else meanwhile, and left as they decided.");
    }

    @Test
    void badDecisions_areRefusedWithASentence_andChangeNothing() {
        ArticleRef article = heldArticle();
        long id = held(article, "Careful Reader " + UUID.randomUUID().toString().substring(0, 6), "Wait for me.");
        Session moderator = as(Role.MODERATOR);
        moderator.get("/newsroom/moderation");
        record Bad(String[] fields, String says) {
        }
        List<Bad> bad = List.of(
                new Bad(new String[] { "action", "publish", "ids", Long.toString(id) }, "Choose approve, reject or spam."),
                new Bad(new String[] { "action", "approve" }, "Choose at least one comment."),
                new Bad(new String[] { "one", "approve:forty" }, "This form has been changed"),
                new Bad(new String[] { "one", "approve:" + id, "tab", "everything" }, "The queue has the tabs"),
                new Bad(new String[] { "one", "approve:" + id, "was", id + ":published" }, "This form has been changed"));
        for (Bad b : bad) {
            HttpResponse<String> answer = moderator.post("/newsroom/moderation/decide", b.fields());
            assertThat(answer.statusCode()).as(String.join(" ", b.fields())).isEqualTo(400);
            assertThat(answer.body()).contains(b.says());
        }
        assertThat(status(id)).isEqualTo("pending");
        assertThat(moderator.get("/newsroom/moderation?after=yesterday").statusCode()).isEqualTo(400);
    }

    @Test
    void onlyModeratorsEditorsAndOwners_moderate_andModeratorsDoNotEditArticles() {
        ArticleRef article = heldArticle();
        long id = held(article, "Guarded Reader " + UUID.randomUUID().toString().substring(0, 6), "Guard me.");
        for (Role role : List.of(Role.READER, Role.CONTRIBUTOR, Role.AUTHOR)) {
            Session session = as(role);
            assertThat(session.get("/newsroom/moderation").statusCode()).as(role.label()).isEqualTo(403);
            assertThat(session.post("/newsroom/moderation/decide", "one", "approve:" + id).statusCode()).as(role.label())
                    .isEqualTo(403);
            assertThat(session.get("/newsroom/moderation/rules").statusCode()).as(role.label()).isEqualTo(403);
        }
        assertThat(status(id)).isEqualTo("pending");

        Session moderator = as(Role.MODERATOR);
        assertThat(moderator.get("/newsroom/moderation").statusCode()).isEqualTo(200);
        assertThat(moderator.get("/newsroom/articles/new").statusCode()).isEqualTo(403);
        assertThat(moderator.get("/newsroom/articles/" + article.id()).statusCode()).isEqualTo(403);
        assertThat(moderator.get("/newsroom/moderation/audit").statusCode()).as("the audit is the owners'").isEqualTo(403);
        Document rules = Jsoup.parse(moderator.get("/newsroom/moderation/rules").body());
        assertThat(rules.select("form.rules fieldset[disabled]")).as("moderators read the rules").isNotEmpty();
        assertThat(moderator.post("/newsroom/moderation/rules", "holdAll", "yes").statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(moderator.get("/newsroom/moderation").body()).select(".newsroom__bar a").eachText())
                .noneMatch(label -> label.startsWith("Articles"));
    }
}
