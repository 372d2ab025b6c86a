package org.masthead.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.masthead.DatabaseTest;
import org.masthead.Session;
import org.masthead.TestAccounts;
import org.masthead.accounts.Accounts;
import org.masthead.accounts.Member;
import org.masthead.accounts.Role;
import org.masthead.publishing.Editorial;
import org.masthead.publishing.Taxonomy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every role against every newsroom action, allowed and refused, through the real pages: what a
 * page hides is not what is tested here, what the server lets through is.
 */
@DatabaseTest
class Newsroom_RoleMatrixTest {

    enum Who { OWNER, EDITOR, AUTHOR, CONTRIBUTOR, MODERATOR, READER, ANONYMOUS }

    /** Expected outcome per action: true allowed, false refused. */
    static final Map<Who, List<Boolean>> ALLOWED = Map.of(
            //                  list   create publishOwn editOthers publishOthers unpublishOwn revisionsOthers preview
            //                  media  addSection editAuthor renameTag settings people
            Who.OWNER,       List.of(true, true, true, true, true, true, true, true, true, true, true, true, true, true),
            Who.EDITOR,      List.of(true, true, true, true, true, true, true, true, true, true, true, true, false, false),
            Who.AUTHOR,      List.of(true, true, true, false, false, true, false, true, true, false, false, false, false, false),
            Who.CONTRIBUTOR, List.of(true, true, false, false, false, false, false, true, true, false, false, false, false, false),
            Who.MODERATOR,   List.of(false, false, false, false, false, false, false, false, false, false, false, false, false, false),
            Who.READER,      List.of(false, false, false, false, false, false, false, false, false, false, false, false, false, false),
            Who.ANONYMOUS,   List.of(false, false, false, false, false, false, false, false, false, false, false, false, false, false));

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Desk desk;

    @Autowired
    Taxonomy taxonomy;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Editorial editorial;

    private long someAuthor() {
        return taxonomy.authors().get(0).id();
    }

    private long othersArticle(Desk.Intent intent) {
        Member editor = TestAccounts.with(accounts, Role.EDITOR);
        String headline = "Someone else's story " + UUID.randomUUID();
        return desk.save(editor, null, new ArticleForm(null, null, headline, "", "Standfirst.", "Body.", null,
                List.of(someAuthor()), "", null, "", intent.code(), "", "", "")).id();
    }

    private int version(long id) {
        return jdbc.sql("SELECT version FROM articles WHERE id = :id").param("id", id).query(Integer.class).single();
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM articles WHERE id = :id").param("id", id).query(String.class).single();
    }

    private HttpResponse<String> saveForm(Session session, String path, Integer version, String headline, String action) {
        List<String> fields = new ArrayList<>(List.of("headline", headline, "standfirst", "A standfirst.",
                "body", "Some *text*.", "authorIds", String.valueOf(someAuthor()), "action", action));
        if (version != null) {
            fields.add("version");
            fields.add(String.valueOf(version));
        }
        return session.post(path, fields.toArray(String[]::new));
    }

    /** The id of the article a successful save redirected to, or null when the save was refused. */
    private static Long savedId(HttpResponse<String> response) {
        String location = Session.location(response);
        if (response.statusCode() != 302 || !location.contains("/newsroom/articles/")) {
            return null;
        }
        return Long.parseLong(location.replaceAll(".*/newsroom/articles/(\\d+).*", "$1"));
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void everyRole_getsExactlyWhatItMay(Who who) {
        Session session = new Session(port);
        if (who != Who.ANONYMOUS) {
            Member member = TestAccounts.with(accounts, Role.valueOf(who.name()));
            assertThat(session.signIn(member.email(), TestAccounts.PASSWORD)).isTrue();
            // Signing in gives a new CSRF token; every signed-in person's account page carries it.
            session.get("/account");
        }
        else {
            session.get("/signin");
        }
        List<Boolean> expected = ALLOWED.get(who);
        List<Boolean> actual = new ArrayList<>();

        // 0. open the newsroom
        actual.add(session.get("/newsroom").statusCode() == 200);
        // 1. write a draft
        Long draft = savedId(saveForm(session, "/newsroom/articles", null, "Draft by " + who + " " + UUID.randomUUID(), "save"));
        actual.add(draft != null);
        // 2. publish one's own article
        Long own = savedId(saveForm(session, "/newsroom/articles", null, "Own story by " + who + " " + UUID.randomUUID(), "publish"));
        actual.add(own != null && status(own).equals("published"));
        // 3. edit someone else's draft
        long others = othersArticle(Desk.Intent.SAVE);
        int before = version(others);
        saveForm(session, "/newsroom/articles/" + others, before, "Changed by " + who, "save");
        actual.add(version(others) == before + 1);
        // 4. publish someone else's draft
        long othersToPublish = othersArticle(Desk.Intent.SAVE);
        saveForm(session, "/newsroom/articles/" + othersToPublish, version(othersToPublish), "Published by " + who, "publish");
        actual.add(status(othersToPublish).equals("published"));
        // 5. unpublish one's own published article (one an editor published on the role's behalf if it could not)
        Long mine = own;
        if (mine == null && draft != null) {
            mine = draft;
            ArticleForm stored = NewsroomController.formOf(editorial.editable(mine).orElseThrow());
            desk.save(TestAccounts.owner(accounts), mine, new ArticleForm(stored.id(), stored.version(), stored.headline(),
                    stored.slug(), stored.standfirst(), stored.body(), stored.sectionId(), stored.authorIds(), stored.tags(),
                    stored.leadMediaId(), "", "publish", "", "", ""));
        }
        if (mine == null) {
            // Roles that cannot write have nothing of their own: they try on a published article all the same.
            mine = othersArticle(Desk.Intent.PUBLISH);
        }
        saveForm(session, "/newsroom/articles/" + mine, version(mine), "Withdrawn by " + who, "unpublish");
        actual.add(status(mine).equals("draft"));
        // 6. read the revisions of someone else's article
        actual.add(session.get("/newsroom/articles/" + others + "/revisions").statusCode() == 200);
        // 7. preview Markdown
        HttpResponse<String> preview = session.post("/newsroom/preview", "body", "**bold**");
        actual.add(preview.statusCode() == 200 && preview.body().contains("<strong>bold</strong>"));

        // 8. open the media library
        actual.add(session.get("/newsroom/media").statusCode() == 200);
        // 9. add a section
        String section = "Section " + who + " " + UUID.randomUUID().toString().substring(0, 6);
        session.post("/newsroom/sections", "name", section, "description", "");
        actual.add(jdbc.sql("SELECT COUNT(*) FROM sections WHERE name = :n").param("n", section).query(Long.class).single() == 1);
        // Leave the navigation as the other tests (and their screenshots) expect it.
        jdbc.sql("SELECT id FROM sections WHERE name = :n").param("n", section).query(Long.class).optional()
                .ifPresent(taxonomy::deleteSection);
        // 10. edit an author's bio
        var author = taxonomy.authors().get(0);
        String bio = "bio set by " + who + " " + UUID.randomUUID();
        session.post("/newsroom/authors/" + author.id(), "name", author.name(), "bioShort", author.bioShort(), "bioLong", bio);
        actual.add(taxonomy.author(author.id()).orElseThrow().bioLong().equals(bio));
        // 11. rename a tag
        long tagId = jdbc.sql("SELECT id FROM tags WHERE slug = 'testing-matrix'").query(Long.class).optional()
                .orElseGet(() -> jdbc.sql("INSERT INTO tags (slug, name) VALUES ('testing-matrix', 'Matrix') RETURNING id")
                        .query(Long.class).single());
        String tagName = "Matrix " + who;
        session.post("/newsroom/tags/" + tagId, "name", tagName, "action", "save");
        actual.add(jdbc.sql("SELECT name FROM tags WHERE id = :id").param("id", tagId).query(String.class).single().equals(tagName));
        // 12. open the publication settings
        actual.add(session.get("/newsroom/settings").statusCode() == 200);
        // 13. open the people page
        actual.add(session.get("/newsroom/people").statusCode() == 200);

        assertThat(actual).as(who + ": list, create, publishOwn, editOthers, publishOthers, unpublishOwn, "
                + "revisionsOthers, preview, media, addSection, editAuthor, renameTag, settings, people").isEqualTo(expected);
    }

    @Test
    void refusedActions_explainThemselves() {
        Session session = new Session(port);
        Member contributor = TestAccounts.with(accounts, Role.CONTRIBUTOR);
        assertThat(session.signIn(contributor.email(), TestAccounts.PASSWORD)).isTrue();
        assertThat(session.get("/newsroom/articles/new").statusCode()).isEqualTo(200);
        HttpResponse<String> refused = saveForm(session, "/newsroom/articles", null, "Contributor tries to publish", "publish");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Your role cannot publish, schedule or unpublish this article.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM articles WHERE headline = 'Contributor tries to publish'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void formsWithoutTheCsrfToken_areRefusedAndStoreNothing() {
        Session session = new Session(port);
        Member editor = TestAccounts.with(accounts, Role.EDITOR);
        assertThat(session.signIn(editor.email(), TestAccounts.PASSWORD)).isTrue();
        String headline = "Forged " + UUID.randomUUID();
        HttpResponse<String> forged = session.postRaw("/newsroom/articles", "headline", headline, "body", "x",
                "action", "publish");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("This form has expired or did not come from this site.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM articles WHERE headline = :h").param("h", headline)
                .query(Long.class).single()).isZero();
        HttpResponse<String> wrongToken = session.postRaw("/newsroom/articles", "headline", headline, "_csrf", "guess");
        assertThat(wrongToken.statusCode()).isEqualTo(403);
    }
}
