package org.masthead.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.masthead.DatabaseTest;
import org.masthead.Session;
import org.masthead.TestAccounts;
import org.masthead.TestArticles;
import org.masthead.accounts.Accounts;
import org.masthead.accounts.Member;
import org.masthead.accounts.Role;
import org.masthead.media.Media;
import org.masthead.media.MediaLibrary;
import org.masthead.publishing.ArticleDraft;
import org.masthead.publishing.ArticleRef;
import org.masthead.publishing.ArticleStatus;
import org.masthead.publishing.Editorial;
import org.masthead.publishing.Publishing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What a person may do follows their account at once, in sessions opened before a change too. */
@DatabaseTest
class Permissions_AtOnceTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    MediaLibrary library;

    @Autowired
    Editorial editorial;

    @Autowired
    Publishing publishing;

    @Autowired
    TestArticles articles;

    @Autowired
    JdbcClient jdbc;

    private Session signedIn(Member member) {
        Session session = new Session(port);
        assertThat(session.signIn(member.email(), TestAccounts.PASSWORD)).isTrue();
        return session;
    }

    private long sections(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM sections WHERE name = :n").param("n", name).query(Long.class).single();
    }

    @Test
    void aDemotedEditor_losesTheNewsroomAtOnce_inTheSessionTheyHaveOpen() {
        Member editor = TestAccounts.with(accounts, Role.EDITOR);
        Session session = signedIn(editor);
        assertThat(session.get("/newsroom/sections").statusCode()).isEqualTo(200);

        accounts.changeRole(TestAccounts.owner(accounts), editor.id(), Role.READER);

        String name = "Demoted section " + UUID.randomUUID();
        assertThat(session.get("/newsroom/sections").statusCode()).isEqualTo(403);
        assertThat(session.post("/newsroom/sections", "name", name, "description", "").statusCode()).isEqualTo(403);
        assertThat(sections(name)).isZero();
        assertThat(session.get("/account").statusCode()).as("still signed in, as a reader").isEqualTo(200);

        accounts.changeRole(TestAccounts.owner(accounts), editor.id(), Role.EDITOR);
        assertThat(session.get("/newsroom/sections").statusCode()).as("and back").isEqualTo(200);
    }

    @Test
    void aDisabledAccount_isSignedOutOfEverySession() {
        Member reader = TestAccounts.with(accounts, Role.AUTHOR);
        Session first = signedIn(reader);
        Session second = signedIn(reader);
        assertThat(first.get("/newsroom").statusCode()).isEqualTo(200);

        jdbc.sql("UPDATE users SET disabled_at = :now WHERE id = :id").param("now", Instant.now().toEpochMilli())
                .param("id", reader.id()).update();

        for (Session session : new Session[] { first, second }) {
            HttpResponse<String> page = session.get("/newsroom");
            assertThat(page.statusCode()).isEqualTo(302);
            assertThat(Session.location(page)).endsWith("/signin");
        }
        assertThat(new Session(port).signIn(reader.email(), TestAccounts.PASSWORD)).isFalse();
    }

    @Test
    void aContributor_cannotChangeWhatThePictureOfSomeoneElsesPublishedStorySays() {
        Member contributor = TestAccounts.with(accounts, Role.CONTRIBUTOR);
        ArticleRef story = articles.publish(TestArticles.story("Pictured story").withPicture());
        long picture = editorial.editable(story.id()).orElseThrow().leadPictureId();
        Media before = library.find(picture).orElseThrow();
        Session session = signedIn(contributor);
        session.get("/newsroom/media/" + picture);

        HttpResponse<String> refused = session.post("/newsroom/media/" + picture, "alt", "Defaced", "caption", "Defaced",
                "credit", "Defaced");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("leads an article you cannot edit");
        assertThat(library.find(picture).orElseThrow()).isEqualTo(before);
        assertThat(publishing.article(story.slug()).orElseThrow().image().caption()).isEqualTo(before.caption());

        // Their own picture, leading only their own draft, is theirs to describe.
        Media own = library.upload("own.jpg", new java.io.ByteArrayInputStream(Session.jpeg(600, 400)), -1, "", "", "",
                contributor.id());
        editorial.create(new ArticleDraft("", "Contributor's draft " + UUID.randomUUID(), "", "", own.id(), null,
                java.util.List.of(), java.util.List.of(), ArticleStatus.DRAFT, null, null, null), contributor.id());
        session.get("/newsroom/media/" + own.id());
        assertThat(session.post("/newsroom/media/" + own.id(), "alt", "A quay", "caption", "", "credit", "")
                .statusCode()).isEqualTo(302);
        assertThat(library.find(own.id()).orElseThrow().alt()).isEqualTo("A quay");
    }
}
