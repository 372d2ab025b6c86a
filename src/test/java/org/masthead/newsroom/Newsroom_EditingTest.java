package org.masthead.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.masthead.DatabaseTest;
import org.masthead.Http;
import org.masthead.Session;
import org.masthead.TestAccounts;
import org.masthead.accounts.Accounts;
import org.masthead.accounts.Member;
import org.masthead.accounts.Role;
import org.masthead.publishing.Taxonomy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@DatabaseTest
class Newsroom_EditingTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Taxonomy taxonomy;

    @Autowired
    JdbcClient jdbc;

    private Session editor() {
        Member editor = TestAccounts.with(accounts, Role.EDITOR);
        Session session = new Session(port);
        assertThat(session.signIn(editor.email(), TestAccounts.PASSWORD)).isTrue();
        return session;
    }

    private String author() {
        return String.valueOf(taxonomy.authors().get(0).id());
    }

    private long create(Session session, String headline) {
        session.get("/newsroom/articles/new");
        HttpResponse<String> saved = session.post("/newsroom/articles", "headline", headline, "standfirst", "First.",
                "body", "First body.", "authorIds", author(), "tags", "Harbour, Brand new tag", "action", "save");
        assertThat(saved.statusCode()).isEqualTo(302);
        return Long.parseLong(Session.location(saved).replaceAll(".*/newsroom/articles/(\\d+).*", "$1"));
    }

    private int version(long id) {
        return jdbc.sql("SELECT version FROM articles WHERE id = :id").param("id", id).query(Integer.class).single();
    }

    @Test
    void secondOfTwoConcurrentSaves_isRefusedAndLosesNothing() {
        Session alice = editor();
        Session bob = editor();
        long id = create(alice, "Concurrent story " + UUID.randomUUID());
        int opened = version(id);
        alice.get("/newsroom/articles/" + id);
        bob.get("/newsroom/articles/" + id);

        HttpResponse<String> bobSaves = bob.post("/newsroom/articles/" + id, "version", String.valueOf(opened),
                "headline", "Bob's headline", "body", "Bob's body.", "authorIds", author(), "action", "save");
        assertThat(bobSaves.statusCode()).isEqualTo(302);

        HttpResponse<String> aliceSaves = alice.post("/newsroom/articles/" + id, "version", String.valueOf(opened),
                "headline", "Alice's headline", "body", "Alice's long careful body.", "authorIds", author(), "action", "save");
        assertThat(aliceSaves.statusCode()).isEqualTo(409);
        var page = Jsoup.parse(aliceSaves.body());
        assertThat(page.selectFirst(".form-error").text()).contains("Someone else saved this article after you opened it");
        assertThat(page.selectFirst("#body").text()).isEqualTo("Alice's long careful body.");
        assertThat(page.selectFirst("#headline").val()).isEqualTo("Alice's headline");
        assertThat(jdbc.sql("SELECT headline FROM articles WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("Bob's headline");
    }

    @Test
    void everySave_keepsARevisionWithADiffAndRestore() {
        Session session = editor();
        long id = create(session, "Revised story " + UUID.randomUUID());
        session.get("/newsroom/articles/" + id);
        session.post("/newsroom/articles/" + id, "version", String.valueOf(version(id)), "headline", "Second headline",
                "standfirst", "First.", "body", "First body.\n\nAn added paragraph.", "authorIds", author(), "action", "save");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM article_revisions WHERE article_id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(2);

        var revisions = Jsoup.parse(session.get("/newsroom/articles/" + id + "/revisions").body());
        assertThat(revisions.select(".diff .added").eachText()).anyMatch(t -> t.contains("An added paragraph."))
                .anyMatch(t -> t.contains("Second headline"));
        assertThat(revisions.select(".diff .removed").eachText()).anyMatch(t -> t.contains("Revised story"));

        String restore = revisions.select("form[action$=/restore]").last().attr("action");
        assertThat(session.post(restore).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT body_markdown FROM articles WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("First body.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM article_revisions WHERE article_id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void publishing_putsTheArticleOnTheSiteAndUnpublishingAnswersGone() {
        Session session = editor();
        String headline = "Desk published story " + UUID.randomUUID();
        long id = create(session, headline);
        session.get("/newsroom/articles/" + id);
        HttpResponse<String> published = session.post("/newsroom/articles/" + id, "version", String.valueOf(version(id)),
                "headline", headline, "body", "Now **live**.", "authorIds", author(), "tags", "Harbour", "action", "publish");
        assertThat(Session.location(published)).endsWith("?saved=publish");
        String slug = jdbc.sql("SELECT slug FROM articles WHERE id = :id").param("id", id).query(String.class).single();
        Http reader = new Http(port);
        assertThat(reader.get("/articles/" + slug).statusCode()).isEqualTo(200);
        assertThat(reader.page("/").select(".card__headline").eachText()).contains(headline);
        assertThat(reader.page("/tag/brand-new-tag").select(".card__headline").eachText()).isEmpty();

        session.get("/newsroom/articles/" + id);
        session.post("/newsroom/articles/" + id, "version", String.valueOf(version(id)), "headline", headline,
                "body", "Now **live**.", "authorIds", author(), "action", "unpublish");
        assertThat(reader.get("/articles/" + slug).statusCode()).isEqualTo(410);
        assertThat(reader.page("/").select(".card__headline").eachText()).doesNotContain(headline);
    }

    @Test
    void badInput_isRefusedFieldByFieldAndNothingIsStored() {
        Session session = editor();
        long before = jdbc.sql("SELECT COUNT(*) FROM articles").query(Long.class).single();
        session.get("/newsroom/articles/new");
        HttpResponse<String> noHeadline = session.post("/newsroom/articles", "headline", "  ", "body", "x", "action", "save");
        assertThat(noHeadline.statusCode()).isEqualTo(400);
        assertThat(noHeadline.body()).contains("Give the article a headline.");
        HttpResponse<String> badSlug = session.post("/newsroom/articles", "headline", "Fine", "slug", "Not OK!", "action", "save");
        assertThat(badSlug.body()).contains("Use lower-case letters, digits and single hyphens");
        String taken = jdbc.sql("SELECT slug FROM articles LIMIT 1").query(String.class).single();
        HttpResponse<String> takenSlug = session.post("/newsroom/articles", "headline", "Fine", "slug", taken, "action", "save");
        assertThat(takenSlug.body()).contains("Another article already uses the address");
        HttpResponse<String> past = session.post("/newsroom/articles", "headline", "Fine", "authorIds", author(),
                "scheduleAt", "2001-01-01T10:00", "action", "schedule");
        assertThat(past.body()).contains("Choose a time in the future, or publish now.");
        HttpResponse<String> nonsense = session.post("/newsroom/articles", "headline", "Fine", "authorIds", author(),
                "scheduleAt", "next tuesday", "action", "schedule");
        assertThat(nonsense.body()).contains("Give the time as a date and a time");
        HttpResponse<String> farAhead = session.post("/newsroom/articles", "headline", "Fine", "authorIds", author(),
                "scheduleAt", "+300000000-01-01T10:00", "action", "schedule");
        assertThat(farAhead.statusCode()).isEqualTo(400);
        assertThat(farAhead.body()).contains("Choose a time within the next ten years.");
        HttpResponse<String> nul = session.post("/newsroom/articles", "headline", "Null\u0000byte", "action", "save");
        assertThat(nul.statusCode()).isEqualTo(400);
        assertThat(nul.body()).contains("The field “headline” holds invisible control characters");
        HttpResponse<String> turnedTag = session.post("/newsroom/articles", "headline", "Fine", "tags",
                "harbour, gpj.\u202Eexe", "action", "save");
        assertThat(turnedTag.statusCode()).isEqualTo(400);
        assertThat(turnedTag.body()).contains("Names cannot contain characters that change the direction");
        HttpResponse<String> notANumber = session.post("/newsroom/articles", "headline", "Fine", "sectionId", "abc");
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(notANumber.body()).selectFirst("#sectionId ~ .field__error").text())
                .isEqualTo("Choose one of the options offered.");
        HttpResponse<String> noSuchSection = session.post("/newsroom/articles", "headline", "Fine", "sectionId", "987654");
        assertThat(noSuchSection.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(noSuchSection.body()).selectFirst("#sectionId ~ .field__error").text())
                .isEqualTo("Choose one of the sections offered.");

        // Several problems at once: each is shown beside its own field, and what was typed stays in the form.
        HttpResponse<String> several = session.post("/newsroom/articles", "headline", "x".repeat(201),
                "standfirst", "s".repeat(401), "body", "Kept body.", "leadCredit", "c".repeat(201), "action", "save");
        assertThat(several.statusCode()).isEqualTo(400);
        var page = Jsoup.parse(several.body());
        assertThat(page.selectFirst("#headline").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#headline ~ .field__error").text()).isEqualTo("Keep the headline under 200 characters.");
        assertThat(page.selectFirst("#standfirst ~ .field__error").text()).isEqualTo("Keep the standfirst under 400 characters.");
        assertThat(page.selectFirst("#leadCredit + .field__error").text()).isEqualTo("Keep the credit under 200 characters.");
        assertThat(page.selectFirst("#body").text()).isEqualTo("Kept body.");
        assertThat(page.selectFirst(".form-error").text()).contains("see the notes beside the fields");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM articles").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void schedulingInThePublicationsTimeZone_publishesAtThatMoment() {
        Session session = editor();
        long id = create(session, "Scheduled from the desk " + UUID.randomUUID());
        var zone = java.time.ZoneId.of("Europe/London");
        String local = java.time.LocalDateTime.now(zone).plusDays(2).withSecond(0).withNano(0).toString();
        session.get("/newsroom/articles/" + id);
        HttpResponse<String> scheduled = session.post("/newsroom/articles/" + id, "version", String.valueOf(version(id)),
                "headline", "Scheduled", "authorIds", author(), "scheduleAt", local, "action", "schedule");
        assertThat(Session.location(scheduled)).endsWith("?saved=schedule");
        long at = jdbc.sql("SELECT published_at FROM articles WHERE id = :id").param("id", id).query(Long.class).single();
        assertThat(at).isEqualTo(java.time.LocalDateTime.parse(local).atZone(zone).toInstant().toEpochMilli());
        assertThat(jdbc.sql("SELECT status FROM articles WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("scheduled");
        var scheduledList = Jsoup.parse(session.get("/newsroom?status=scheduled").body());
        assertThat(scheduledList.select("table.articles a").eachAttr("href")).contains("/newsroom/articles/" + id);
        assertThat(scheduledList.select("table.articles .status").eachText()).containsOnly("Scheduled");
    }
}
