package org.masthead.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.masthead.DatabaseTest;
import org.masthead.Http;
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

/** Posting, replying, nesting, sorting and paging, as readers do it through the pages. */
@DatabaseTest
class Discussion_ThreadsTest {

    @LocalServerPort
    int port;

    @Autowired
    TestArticles articles;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Discussion discussion;

    @Autowired
    org.masthead.publishing.Editorial editorial;

    private ArticleRef article() {
        return articles.publish(TestArticles.story("Discussed " + UUID.randomUUID().toString().substring(0, 8)));
    }

    private Document page(String path) {
        return new Http(port).page(path);
    }

    @Test
    void aGuestComments_inAnyScript_andTheCommentShowsEverywhere_butNeverTheirEmail() {
        ArticleRef article = article();
        Session guest = new Session(port);
        String name = "Ελένη Παπαδοπούλου";
        long id = TestComments.byGuest(guest, article, name, "Καλημέρα! *Ωραίο* άρθρο — 記者 — مرحبا", "website",
                "https://eleni.example.org");
        HttpResponse<String> permalink = guest.get("/comments/" + id);
        assertThat(Session.location(permalink)).contains("from=" + id).endsWith("#comment-" + id);

        Document shown = page(article.path());
        var comment = shown.getElementById("comment-" + id);
        assertThat(comment).isNotNull();
        assertThat(comment.select(".comment__author").text()).isEqualTo(name);
        assertThat(comment.select(".comment__text em").text()).isEqualTo("Ωραίο");
        assertThat(comment.select(".comment__author a").attr("rel")).contains("nofollow", "ugc");
        assertThat(shown.select(".discussion__count").text()).isEqualTo("1");

        String email = TestComments.emailOf(name);
        for (String path : List.of(article.path(), article.path() + "/comments", article.path() + "/comments.atom",
                "/comments/counts?articles=" + article.id(), article.path() + "/comments/passages")) {
            assertThat(new Http(port).get(path).body()).as(path).doesNotContain(email);
        }
        assertThat(new Http(port).get("/comments/counts?articles=" + article.id() + ",999999").body())
                .isEqualTo("{\"" + article.id() + "\":1,\"999999\":0}");
        assertThat(page("/latest").select("a.card__note[href=" + article.path() + "#comments]").text())
                .isEqualTo("1 comment");
        assertThat(shown.select("script[type=application/ld+json]").html()).contains("\"commentCount\":1");
    }

    @Test
    void replies_nestToTheConfiguredDepth_thenStandAtTheDeepestLevelInReplyToTheirParent() {
        ArticleRef article = article();
        Session guest = new Session(port);
        long parent = TestComments.byGuest(guest, article, "Ana Root", "The first word.");
        List<Long> chain = new ArrayList<>(List.of(parent));
        for (int level = 1; level <= 6; level++) {
            parent = TestComments.byGuest(guest, article, "Level " + level, "Reply at level " + level, "parentId",
                    Long.toString(parent));
            chain.add(parent);
        }
        Document shown = page(article.path());
        for (int level = 0; level <= 4; level++) {
            assertThat(shown.getElementById("comment-" + chain.get(level)).hasClass("comment--level-" + level))
                    .as("level " + level).isTrue();
        }
        var deep = shown.getElementById("comment-" + chain.get(5));
        var deeper = shown.getElementById("comment-" + chain.get(6));
        assertThat(deep.hasClass("comment--level-4")).isTrue();
        assertThat(deep.select(".comment__reply-to").text()).isEqualTo("in reply to Level 4");
        assertThat(deeper.hasClass("comment--level-4")).isTrue();
        assertThat(deeper.select(".comment__reply-to").text()).isEqualTo("in reply to Level 5");
        assertThat(jdbc.sql("SELECT thread_replies FROM comments WHERE id = :id").param("id", chain.get(0))
                .query(Integer.class).single()).isEqualTo(6);
    }

    @Test
    void hostileNamesAndWords_areShownAsText_whetherTheCommentIsDrawnFirstOrTakenFromTheDrawnOnes() {
        ArticleRef article = article();
        String name = "<b onmouseover=alert(1)>𝒜da</b> \"Lovelace\"";
        long id = TestComments.byGuest(new Session(port), article, name,
                "Fine words <script>alert('x')</script> and <img src=x onerror=alert(2)> end.");
        long astral = TestComments.byGuest(new Session(port), article, "𝒜da  Lovelace", "Letters beyond the first plane.");
        for (String path : List.of(article.path() + "/comments?sort=newest", article.path() + "/comments?sort=oldest",
                article.path())) {
            String html = new Http(port).get(path).body();
            assertThat(html).as(path).doesNotContain("<script>alert", "<b onmouseover", "<img src=x");
            var comment = Jsoup.parse(html).getElementById("comment-" + id);
            assertThat(comment.select(".comment__author").text()).as(path).isEqualTo(name);
            assertThat(comment.select(".comment__avatar--initials").text()).as(path).isEqualTo("<O");
            assertThat(comment.select(".comment__text").text()).as(path).startsWith("Fine words").endsWith("end.");
            assertThat(comment.select("article").attr("aria-label")).as(path).isEqualTo("Comment by " + name);
            assertThat(Jsoup.parse(html).select("#comment-" + astral + " .comment__avatar--initials").text())
                    .as(path).isEqualTo("𝒜L");
        }
    }

    @Test
    void aFirstCommentTakenDown_keepsItsPlace_soThePublicRepliesToItStayInSightAndCounted() {
        ArticleRef article = article();
        Session guest = new Session(port);
        long first = TestComments.byGuest(guest, article, "Taken Down", "Words the publication removed.");
        long reply = TestComments.byGuest(guest, article, "Still Here", "A civil reply that stays.", "parentId",
                Long.toString(first));
        long other = TestComments.byGuest(guest, article, "Lone Writer", "A thread without replies.");

        discussion.moderate(first, CommentStatus.SPAM);
        discussion.moderate(other, CommentStatus.TRASH);

        for (String sort : List.of("newest", "oldest", "votes")) {
            Document shown = page(article.path() + "/comments?sort=" + sort);
            var placeholder = shown.getElementById("comment-" + first);
            assertThat(placeholder).as(sort).isNotNull();
            assertThat(placeholder.select(".comment__deleted").first().text())
                    .isEqualTo("This comment was removed by the publication.");
            assertThat(placeholder.text()).doesNotContain("Words the publication removed", "Taken Down");
            assertThat(shown.select("#comment-" + first + " #comment-" + reply + " .comment__text").text())
                    .isEqualTo("A civil reply that stays.");
            assertThat(shown.getElementById("comment-" + other)).as(sort).isNull();
            assertThat(shown.select(".discussion__count").text()).isEqualTo("1");
        }
        assertThat(new Http(port).get("/comments/" + first + "/thread").statusCode()).isEqualTo(200);

        discussion.moderate(reply, CommentStatus.TRASH);
        assertThat(page(article.path()).getElementById("comment-" + first)).isNull();
    }

    @Test
    void theFirstPageKeptInMemory_followsEveryChange_includingOneWrittenByAnotherNode() {
        ArticleRef article = article();
        Session guest = new Session(port);
        long first = TestComments.byGuest(guest, article, "Held Back", "Words under review.");
        long reply = TestComments.byGuest(guest, article, "Replier", "Words as first written.", "parentId",
                Long.toString(first));
        // The guest carries a pass, so every page is rendered for them, from the first page kept in memory.
        String path = article.path() + "/comments?sort=newest";
        assertThat(Jsoup.parse(guest.get(path).body()).select("#comment-" + reply + " .comment__text").text())
                .isEqualTo("Words as first written.");

        discussion.moderate(first, CommentStatus.PENDING);
        assertThat(Jsoup.parse(guest.get(path).body()).select("#comment-" + first + " .comment__deleted").first()
                .text()).isEqualTo("This comment is waiting for review.");
        // From one hidden status to another: nothing public changes but the words holding the thread's place.
        discussion.moderate(first, CommentStatus.SPAM);
        assertThat(Jsoup.parse(guest.get(path).body()).select("#comment-" + first + " .comment__deleted").first()
                .text()).isEqualTo("This comment was removed by the publication.");

        // Another node edits the reply: its rows change, and so does the article's count of changes.
        jdbc.sql("UPDATE comments SET body_html = '<p>Words changed on another node.</p>', up_votes = 7 WHERE id = :id")
                .param("id", reply).update();
        jdbc.sql("UPDATE comment_counts SET changes = changes + 1 WHERE article_id = :article")
                .param("article", article.id()).update();
        Document shown = Jsoup.parse(guest.get(path).body());
        assertThat(shown.select("#comment-" + reply + " .comment__text").text()).isEqualTo("Words changed on another node.");
        assertThat(shown.select("#comment-" + reply + " .votes__button--up .votes__count").text()).isEqualTo("7");
    }

    @Test
    void aDeletedArticle_takesItsCountsWithIt_soNoLaterArticleInheritsThem() {
        ArticleRef article = article();
        TestComments.byGuest(new Session(port), article, "Soon Gone", "Under an article about to be deleted.");
        assertThat(discussion.count(article.id())).isEqualTo(1);

        editorial.delete(article.id());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM comment_counts WHERE article_id = :id").param("id", article.id())
                .query(Long.class).single()).isZero();
        assertThat(discussion.count(article.id())).isZero();
    }

    @Test
    void longThreads_showTheirFirstReplies_andTheRestOnAsking() {
        ArticleRef article = article();
        Session guest = new Session(port);
        long first = TestComments.byGuest(guest, article, "Talkative", "Start of a long thread.");
        for (int i = 0; i < 13; i++) {
            TestComments.byGuest(guest, article, "Replier " + i, "Reply " + i, "parentId", Long.toString(first));
        }
        Document shown = page(article.path());
        assertThat(shown.select("#comment-" + first + " > .replies > li")).hasSize(10);
        var more = shown.selectFirst("#comment-" + first + " > .comment__more a");
        assertThat(more.text()).isEqualTo("View 3 more replies");
        Document whole = page(more.attr("href"));
        assertThat(whole.select("#comment-" + first + " > .replies > li")).hasSize(13);
        Document part = Jsoup.parse(new Http(port).get(more.attr("hx-get")).body());
        assertThat(part.select("#comment-" + first + " > .replies > li")).hasSize(13);
    }

    /** The first thread an article page shows, as a reader without JavaScript sees it. */
    private static String firstThread(HttpResponse<String> page) {
        assertThat(page.statusCode()).isEqualTo(200);
        return Jsoup.parse(page.body()).select("#thread-list > li").first().id();
    }

    @Test
    void theChosenOrder_isKeptWithoutJavaScript_andTheSharedPageCacheKeepsACopyPerOrder() {
        ArticleRef article = article();
        Session writer = new Session(port);
        List<Long> ids = new ArrayList<>();
        for (String name : List.of("Первый читатель", "Δεύτερη", "第三位读者")) {
            ids.add(TestComments.byGuest(writer, article, name, "Ένα σχόλιο από " + name));
        }
        Session reader = new Session(port);
        String tab = Jsoup.parse(reader.get(article.path()).body())
                .selectFirst(".discussion__tabs a[data-sort=oldest]").attr("href");
        HttpResponse<String> chosen = reader.get(tab);
        assertThat(chosen.statusCode()).isEqualTo(302);
        assertThat(Session.location(chosen)).endsWith("/comments?sort=oldest#comments");
        assertThat(reader.cookie("masthead_sort")).isEqualTo("oldest");
        assertThat(chosen.headers().allValues("Set-Cookie")).singleElement().asString()
                .contains("Path=/", "SameSite=Lax", "Max-Age=");

        // The next visits show the reader's order, rendered once and then from the shared page cache.
        for (int visit = 0; visit < 2; visit++) {
            HttpResponse<String> again = reader.get(article.path());
            assertThat(firstThread(again)).as("visit " + visit).isEqualTo("comment-" + ids.get(0));
            assertThat(Jsoup.parse(again.body()).selectFirst(".discussion__tabs a[aria-current]").attr("data-sort"))
                    .isEqualTo("oldest");
            assertThat(again.headers().firstValue("Vary").orElse("")).containsIgnoringCase("cookie");
            assertThat(again.headers().allValues("Set-Cookie")).isEmpty();
        }
        assertThat(reader.get(article.path()).headers().firstValue("X-Page-Cache")).hasValue("HIT");
        assertThat(firstThread(reader.get(article.path() + "/comments"))).isEqualTo("comment-" + ids.get(0));

        // Another spelling of the address is the same page, with the same choice.
        String spelled = "/%61" + article.path().substring(2);
        assertThat(firstThread(new Http(port).get(spelled, "Cookie", "masthead_sort=oldest"))).isEqualTo("comment-" + ids.get(0));
        assertThat(firstThread(new Http(port).get(spelled))).isEqualTo("comment-" + ids.get(2));
        // Addresses that name their order are one page for everyone.
        HttpResponse<String> named = new Http(port).get(article.path() + "/comments?sort=votes", "Cookie", "masthead_sort=oldest");
        assertThat(named.headers().firstValue("Vary").orElse("")).doesNotContainIgnoringCase("cookie");

        // Other readers keep their own copies: no choice, or a value that is no choice, is newest first.
        assertThat(firstThread(new Http(port).get(article.path()))).isEqualTo("comment-" + ids.get(2));
        for (String cookie : List.of("masthead_sort=best", "masthead_sort=%3Cscript%3E", "masthead_sort=", "masthead_sort=OLDEST")) {
            assertThat(firstThread(new Http(port).get(article.path(), "Cookie", cookie))).as(cookie)
                    .isEqualTo("comment-" + ids.get(2));
        }

        // Choosing newest first again forgets the choice.
        HttpResponse<String> newest = reader.get(article.path() + "/comments/order?sort=newest");
        assertThat(newest.statusCode()).isEqualTo(302);
        assertThat(reader.cookie("masthead_sort")).isNull();
        assertThat(firstThread(reader.get(article.path()))).isEqualTo("comment-" + ids.get(2));

        for (String broken : List.of("?sort=best", "", "?sort=votes&only=everything", "?sort=votes&sort=oldest")) {
            HttpResponse<String> refused = reader.get(article.path() + "/comments/order" + broken);
            assertThat(refused.statusCode()).as(broken).isEqualTo(400);
            assertThat(refused.headers().allValues("Set-Cookie")).as(broken).isEmpty();
        }
        assertThat(new Http(port).get("/articles/no-such-article/comments/order?sort=votes").statusCode()).isEqualTo(404);
    }

    @Test
    void threads_sortNewestOldestAndMostVoted_andPageByKeyset_andAPermalinkOpensThePageHoldingIt() {
        ArticleRef article = article();
        Session guest = new Session(port);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            ids.add(TestComments.byGuest(guest, article, "Writer " + i, "Comment number " + i));
        }
        Session voter = new Session(port);
        voter.get(article.path() + "/comments");
        assertThat(voter.post("/comments/" + ids.get(3) + "/vote", "value", "up").statusCode()).isEqualTo(302);

        Document newest = page(article.path() + "/comments?sort=newest");
        assertThat(newest.select("#thread-list > li")).hasSize(20);
        assertThat(newest.select("#thread-list > li").first().id()).isEqualTo("comment-" + ids.get(24));
        String next = newest.selectFirst("#more-link a").attr("href");
        Document second = page(next);
        assertThat(second.select("#thread-list > li")).hasSize(5);
        assertThat(second.select("#thread-list > li").last().id()).isEqualTo("comment-" + ids.get(0));
        assertThat(second.select("#more-link a")).isEmpty();
        Document more = Jsoup.parse(new Http(port).get(newest.selectFirst("#more-link a").attr("hx-get")).body());
        assertThat(more.select("#thread-list > li")).hasSize(5);

        Document oldest = page(article.path() + "/comments?sort=oldest");
        assertThat(oldest.select("#thread-list > li").first().id()).isEqualTo("comment-" + ids.get(0));
        Document voted = page(article.path() + "/comments?sort=votes");
        assertThat(voted.select("#thread-list > li").first().id()).isEqualTo("comment-" + ids.get(3));

        String held = Session.location(new Session(port).get("/comments/" + ids.get(22)));
        java.net.URI heldAt = java.net.URI.create(held);
        Document holding = page(heldAt.getRawPath() + "?" + heldAt.getRawQuery());
        assertThat(holding.getElementById("comment-" + ids.get(22))).isNotNull();
        assertThat(holding.select("a[href$=/comments#comments]").text()).contains("Back to the first comments");

        for (String broken : List.of("?sort=best", "?after=abc", "?after=1.2.3", "?only=everything", "?from=999999")) {
            HttpResponse<String> refused = new Http(port).get(article.path() + "/comments" + broken);
            assertThat(refused.statusCode()).as(broken).isIn(400, 404);
        }
    }

    @Test
    void members_areNamedAsTheyAreNow_andStaffAreLabelled() {
        ArticleRef article = article();
        Member reader = TestAccounts.with(accounts, Role.READER);
        Member editor = TestAccounts.with(accounts, Role.EDITOR);
        Session readerSession = new Session(port);
        assertThat(readerSession.signIn(reader.email(), TestAccounts.PASSWORD)).isTrue();
        long byReader = TestComments.id(TestComments.post(readerSession, article, "As a reader."));
        Session editorSession = new Session(port);
        assertThat(editorSession.signIn(editor.email(), TestAccounts.PASSWORD)).isTrue();
        long byEditor = TestComments.id(TestComments.post(editorSession, article, "As the newsroom."));
        accounts.updateProfile(reader, "Renamed Reader", "");

        Document shown = page(article.path() + "/comments");
        assertThat(shown.select("#comment-" + byReader + " .comment__author").text()).isEqualTo("Renamed Reader");
        assertThat(shown.select("#comment-" + byReader + " .comment__label")).isEmpty();
        assertThat(shown.select("#comment-" + byEditor + " .comment__label").text()).isEqualTo("Staff");
        // A signed-in member's page is their own: it offers them edit and delete on what they wrote.
        Document own = Jsoup.parse(readerSession.get(article.path() + "/comments").body());
        assertThat(own.select("#comment-" + byReader + " a[href$=/edit]")).hasSize(1);
        assertThat(own.select("#comment-" + byEditor + " a[href$=/edit]")).isEmpty();
    }

    @Test
    void mostVoted_loadMore_neitherSkipsAThreadVotesLiftedMeanwhile_norShowsOneTwice() {
        ArticleRef article = article();
        Session guest = new Session(port);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            ids.add(TestComments.byGuest(guest, article, "Voted " + i, "Thread number " + i));
        }
        // The first five lead with a vote each; the other 21 have none.
        Session voter = new Session(port);
        voter.get(article.path() + "/comments");
        for (long id : ids.subList(0, 5)) {
            assertThat(voter.post("/comments/" + id + "/vote", "value", "up").statusCode()).isEqualTo(302);
        }
        Document first = page(article.path() + "/comments?sort=votes");
        List<String> seen = new ArrayList<>(first.select("#thread-list > li").eachAttr("id"));
        assertThat(seen).hasSize(20);
        // While the reader reads, a vote lifts a thread the first page did not show above the last one it did.
        long lifted = ids.stream().filter(id -> !seen.contains("comment-" + id)).findFirst().orElseThrow();
        assertThat(voter.post("/comments/" + lifted + "/vote", "value", "up").statusCode()).isEqualTo(302);
        String moreAddress = first.selectFirst("#more-link a").attr("hx-get");
        assertThat(moreAddress).contains("&seen=");
        Document more = Jsoup.parse(new Http(port).get(moreAddress).body());
        List<String> rest = more.select("#thread-list > li").eachAttr("id");
        assertThat(rest).as("the lifted thread is not skipped").contains("comment-" + lifted);
        assertThat(rest).as("none shown twice").doesNotContainAnyElementsOf(seen);
        seen.addAll(rest);
        assertThat(seen).as("every thread, once").hasSize(26).doesNotHaveDuplicates();

        // One spelling of each page: increasing numbers, after a first page, in most-voted order only.
        String tooMany = java.util.stream.IntStream.rangeClosed(1, 301).mapToObj(Integer::toString)
                .collect(java.util.stream.Collectors.joining(","));
        for (String broken : List.of("?sort=votes&after=1.5&seen=abc", "?sort=votes&after=1.5&seen=1,,2",
                "?sort=votes&after=1.5&seen=-4", "?sort=votes&after=1.5&seen=+5", "?sort=votes&after=1.5&seen=05",
                "?sort=votes&after=1.5&seen=7,3", "?sort=votes&after=1.5&seen=3,3", "?sort=votes&seen=3",
                "?sort=newest&after=1.5&seen=3", "?sort=votes&after=1.5&seen=" + tooMany)) {
            assertThat(new Http(port).get(article.path() + "/comments" + broken).statusCode()).as(broken).isEqualTo(400);
        }
    }
}
