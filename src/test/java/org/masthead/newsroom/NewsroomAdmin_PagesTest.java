package org.masthead.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.masthead.DatabaseTest;
import org.masthead.Http;
import org.masthead.Session;
import org.masthead.TestAccounts;
import org.masthead.accounts.Accounts;
import org.masthead.accounts.Member;
import org.masthead.accounts.Role;
import org.masthead.publishing.Publishing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The owner's settings and people pages, and uploads through the pages, with their refusals. */
@DatabaseTest
class NewsroomAdmin_PagesTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Publishing publishing;

    @Autowired
    JdbcClient jdbc;

    private Session signedIn(Role role) {
        Member member = role == Role.OWNER ? TestAccounts.owner(accounts) : TestAccounts.with(accounts, role);
        Session session = new Session(port);
        assertThat(session.signIn(member.email(), TestAccounts.PASSWORD)).isTrue();
        return session;
    }

    @Test
    void settings_refuseBadValuesAndKeepWhatWasStored() {
        Session owner = signedIn(Role.OWNER);
        owner.get("/newsroom/settings");
        String before = publishing.publication().name();
        var p = publishing.publication();
        HttpResponse<String> badZone = owner.post("/newsroom/settings", "name", "New name", "tagline", p.tagline(),
                "baseUrl", p.baseUrl(), "language", "en", "timeZone", "Mars/Olympus", "logoUrl", "", "supportText", "x");
        assertThat(badZone.statusCode()).isEqualTo(400);
        assertThat(badZone.body()).contains("Give a time zone such as Europe/London");
        HttpResponse<String> badUrl = owner.post("/newsroom/settings", "name", "New name", "tagline", p.tagline(),
                "baseUrl", "javascript:alert(1)", "language", "en", "timeZone", "UTC", "logoUrl", "", "supportText", "x");
        assertThat(badUrl.body()).contains("Give the site's public address");
        HttpResponse<String> badLanguage = owner.post("/newsroom/settings", "name", "New name", "tagline", p.tagline(),
                "baseUrl", p.baseUrl(), "language", "not a language", "timeZone", "UTC", "logoUrl", "", "supportText", "x");
        assertThat(badLanguage.body()).contains("Give a language code");
        // The pages allow pictures from this site only: an outside logo would be a broken picture on every page.
        for (String logo : java.util.List.of("https://elsewhere.example/logo.png", "/media/../etc/passwd", "//cdn.example/x.png")) {
            HttpResponse<String> badLogo = owner.post("/newsroom/settings", "name", "New name", "tagline", p.tagline(),
                    "baseUrl", p.baseUrl(), "language", "en", "timeZone", "UTC", "logoUrl", logo, "supportText", "x");
            assertThat(badLogo.statusCode()).as(logo).isEqualTo(400);
            assertThat(badLogo.body()).contains("Give the logo as the address of a picture in the media library");
        }
        assertThat(publishing.publication().name()).isEqualTo(before);
    }

    @Test
    void settings_changeEveryPage() {
        Session owner = signedIn(Role.OWNER);
        var p = publishing.publication();
        Http reader = new Http(port);
        reader.get("/section/town");
        owner.get("/newsroom/settings");
        try {
            HttpResponse<String> saved = owner.post("/newsroom/settings", "name", p.name(), "tagline", "A brand new tagline",
                    "baseUrl", p.baseUrl(), "language", p.language(), "timeZone", p.timeZone().getId(),
                    "logoUrl", p.logoUrl(), "supportText", "We need **you**.");
            assertThat(Session.location(saved)).endsWith("/newsroom/settings?saved");
            assertThat(reader.page("/section/town").selectFirst(".masthead__tagline").text()).isEqualTo("A brand new tagline");
            assertThat(reader.page("/support").select(".story__body strong").text()).isEqualTo("you");
        }
        finally {
            publishing.update(p.name(), p.tagline(), p.baseUrl(), p.language(), p.timeZone(), p.logoUrl(), p.supportText());
        }
    }

    @Test
    void people_ownerInvitesStaffWhoGetAWelcomeLink() {
        Session owner = signedIn(Role.OWNER);
        owner.get("/newsroom/people");
        String email = "new-author-" + UUID.randomUUID().toString().substring(0, 6) + "@masthead.test";
        HttpResponse<String> invited = owner.post("/newsroom/people", "displayName", "Nia New", "email", email, "role", "author");
        assertThat(invited.body()).contains("Nia New is invited as Author");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> !org.masthead.TestMailServer.messagesTo(email).isEmpty());
        assertThat(jdbc.sql("SELECT role FROM users WHERE email = :e").param("e", email).query(String.class).single())
                .isEqualTo("author");
        HttpResponse<String> badRole = owner.post("/newsroom/people", "displayName", "X", "email", "x" + email, "role", "emperor");
        assertThat(badRole.statusCode()).isEqualTo(400);
        assertThat(badRole.body()).contains("Choose one of the roles offered.");
    }

    @Test
    void theLastOwner_cannotBeDemoted() {
        Session owner = signedIn(Role.OWNER);
        owner.get("/newsroom/people");
        long ownerId = TestAccounts.owner(accounts).id();
        // Other tests add owners; each of them may step down while another owner remains.
        for (Member other : accounts.members()) {
            if (other.role() == Role.OWNER && other.id() != ownerId) {
                assertThat(owner.post("/newsroom/people/" + other.id() + "/role", "role", "editor").statusCode())
                        .isEqualTo(302);
            }
        }
        assertThat(accounts.members()).filteredOn(m -> m.role() == Role.OWNER).hasSize(1);
        HttpResponse<String> refused = owner.post("/newsroom/people/" + ownerId + "/role", "role", "reader");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("The site needs at least one owner");
        assertThat(accounts.find(ownerId).orElseThrow().role()).isEqualTo(Role.OWNER);
    }

    @Test
    void uploadsThroughThePages_refuseWhatIsNotAPictureAndStoreNothing() throws Exception {
        Session editor = signedIn(Role.EDITOR);
        editor.get("/newsroom/media");
        long before = jdbc.sql("SELECT COUNT(*) FROM media").query(Long.class).single();

        byte[] executable = new byte[2048];
        executable[0] = 'M';
        executable[1] = 'Z';
        HttpResponse<String> renamed = editor.upload("/newsroom/media", "file", "holiday.jpg", executable);
        assertThat(renamed.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(renamed.body()).selectFirst(".form-error").text()).contains("only JPEG, PNG, WebP and GIF");

        byte[] whole = Session.jpeg(800, 600);
        byte[] truncated = java.util.Arrays.copyOf(whole, whole.length / 2);
        HttpResponse<String> cut = editor.upload("/newsroom/media", "file", "cut.jpg", truncated);
        assertThat(cut.statusCode()).isEqualTo(400);
        assertThat(cut.body()).contains("damaged or incomplete");

        HttpResponse<String> empty = editor.upload("/newsroom/media", "file", "empty.jpg", new byte[0]);
        assertThat(empty.statusCode()).isEqualTo(400);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM media").query(Long.class).single()).isEqualTo(before);

        HttpResponse<String> good = editor.upload("/newsroom/media", "file", "good.jpg", whole);
        assertThat(good.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM media").query(Long.class).single()).isEqualTo(before + 1);
    }

    @Test
    void profilePicture_showsInTheLinkedByline() throws Exception {
        Member author = TestAccounts.with(accounts, Role.AUTHOR);
        long authorId = jdbc.sql("SELECT id FROM authors WHERE slug = 'tomas-quayle'").query(Long.class).single();
        Session editor = signedIn(Role.EDITOR);
        editor.get("/newsroom/authors");
        editor.post("/newsroom/authors/" + authorId, "name", "Tomas Quayle", "bioShort",
                "culture and sport writer who rarely misses a home game", "bioLong", "", "userId", String.valueOf(author.id()));

        Session session = new Session(port);
        assertThat(session.signIn(author.email(), TestAccounts.PASSWORD)).isTrue();
        session.get("/account");
        HttpResponse<String> uploaded = session.upload("/account/avatar", "avatar", "me.jpg", Session.jpeg(400, 400));
        assertThat(Session.location(uploaded)).endsWith("/account?avatar");
        session.get("/account");
        session.post("/account", "displayName", "Tomas Quayle", "bio", "Writes about culture and sport.");

        var page = new Http(port).page("/author/tomas-quayle");
        assertThat(page.selectFirst(".page-bio").text()).isEqualTo("Writes about culture and sport.");
        assertThat(page.selectFirst("img.avatar").attr("src")).startsWith("/media/");
        assertThat(new Http(port).get(page.selectFirst("img.avatar").attr("src")).statusCode()).isEqualTo(200);
    }

    @Test
    void aSectionIsRemovedOnlyOnceNoArticleIsInIt() {
        Session editor = signedIn(Role.EDITOR);
        editor.get("/newsroom/sections");
        long town = publishing.section("town").orElseThrow().id();
        HttpResponse<String> refused = editor.post("/newsroom/sections/" + town, "action", "delete");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("This section still holds").contains("to another section first");
        assertThat(publishing.section("town")).isPresent();

        String name = "Short-lived " + java.util.UUID.randomUUID().toString().substring(0, 6);
        assertThat(editor.post("/newsroom/sections", "name", name, "description", "").statusCode()).isEqualTo(302);
        var added = publishing.allSections().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
        assertThat(publishing.sections()).extracting(link -> link.name()).contains(name);
        assertThat(editor.post("/newsroom/sections/" + added.id(), "action", "delete").statusCode()).isEqualTo(302);
        assertThat(publishing.section(added.slug())).isEmpty();
        assertThat(publishing.sections()).extracting(link -> link.name()).doesNotContain(name);
    }
}
