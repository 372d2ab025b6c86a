package org.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.masthead.DatabaseTest;
import org.masthead.Http;
import org.masthead.Session;
import org.masthead.TestAccounts;
import org.masthead.TestArticles;
import org.masthead.accounts.Accounts;
import org.masthead.accounts.Member;
import org.masthead.accounts.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Requests that cannot be read at all — broken escapes, bytes that are not UTF-8, too many fields,
 * uploads without a boundary or cut short, control characters — get a 4xx page that says so, and
 * change nothing; pages the server writes on its own carry the site's protections; what was stored
 * before these rules still makes well-formed feeds.
 */
@DatabaseTest
class UnreadableRequests_AnswersTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    TestArticles articles;

    private HttpResponse<String> post(Session session, String path, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", contentType).header("Origin", "http://127.0.0.1:" + port)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (!session.csrfToken().isEmpty()) {
            request.header("X-CSRF-TOKEN", session.csrfToken());
        }
        return session.send(request);
    }

    private static String intro(HttpResponse<String> response) {
        return Jsoup.parse(response.body()).selectFirst(".error-page .page-intro").text();
    }

    private long users() {
        return jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single();
    }

    @Test
    void formsThatCannotBeRead_areRefusedWithASentence_andNothingIsStored() {
        long before = users();
        String form = "application/x-www-form-urlencoded";
        String email = "&email=unread-" + UUID.randomUUID().toString().substring(0, 8) + "%40masthead.test&password=long+enough+pass";
        record Case(String body, int status, String says) {
        }
        var cases = java.util.List.of(
                new Case("displayName=%zz" + email, 400, "broken %-escape"),
                new Case("displayName=%ff%fe" + email, 400, "not valid UTF-8"),
                new Case("displayName=A%00B" + email, 400, "invisible control characters"),
                new Case(IntStream.range(0, 1_100).mapToObj(i -> "f" + i + "=1").collect(Collectors.joining("&")) + email,
                        400, "too many fields"),
                new Case("displayName=" + "x".repeat(3_000_000) + email, 413, "larger than this site accepts"));
        for (Case c : cases) {
            HttpResponse<String> response = post(new Session(port), "/signup", form, c.body().getBytes(StandardCharsets.ISO_8859_1));
            assertThat(response.statusCode()).as(c.says()).isEqualTo(c.status());
            assertThat(intro(response)).as(c.says()).contains(c.says()).endsWith("Nothing was changed.");
        }
        HttpResponse<String> rawUtf8 = post(new Session(port), "/signup", form,
                concat("displayName=".getBytes(StandardCharsets.US_ASCII), new byte[] { (byte) 0xC3, (byte) 0x28 },
                        email.getBytes(StandardCharsets.US_ASCII)));
        assertThat(rawUtf8.statusCode()).isEqualTo(400);
        assertThat(users()).isEqualTo(before);
    }

    @Test
    void uploadsThatCannotBeRead_areRefusedWithASentence_andThePictureStays() {
        Member reader = TestAccounts.with(accounts, Role.READER);
        Session session = new Session(port);
        assertThat(session.signIn(reader.email(), TestAccounts.PASSWORD)).isTrue();
        session.get("/account");
        assertThat(session.upload("/account/avatar", "avatar", "me.jpg", Session.jpeg(300, 300)).statusCode()).isEqualTo(302);
        String portrait = accounts.avatarOf(reader.id());

        HttpResponse<String> noBoundary = post(session, "/account/avatar", "multipart/form-data", "--x\r\n".getBytes());
        assertThat(noBoundary.statusCode()).isEqualTo(400);
        assertThat(intro(noBoundary)).contains("the form data was incomplete or malformed");
        HttpResponse<String> cut = post(session, "/account/avatar", "multipart/form-data; boundary=cut",
                "--cut\r\nContent-Disposition: form-data; name=\"avatar\"; filename=\"me.jpg\"\r\n\r\n\u00ff\u00d8"
                        .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(cut.statusCode()).isEqualTo(400);
        for (String name : java.util.List.of("me\u0000.jpg", "me\u0007.jpg", "me\u001b[31m.jpg")) {
            HttpResponse<String> odd = post(session, "/account/avatar", "multipart/form-data; boundary=b",
                    ("--b\r\nContent-Disposition: form-data; name=\"avatar\"; filename=\"" + name + "\"\r\n"
                            + "Content-Type: image/jpeg\r\n\r\nx\r\n--b--\r\n").getBytes(StandardCharsets.ISO_8859_1));
            assertThat(odd.statusCode()).as(name).isEqualTo(400);
            // A NUL already breaks the part's header for the server's parser; either way the person is told.
            assertThat(intro(odd)).containsAnyOf("A file name holds control characters", "incomplete or malformed")
                    .endsWith("Nothing was changed.");
        }
        assertThat(accounts.avatarOf(reader.id())).isEqualTo(portrait);
    }

    @Test
    void theServersOwnPages_andTheErrorAddress_areLikeEveryOtherPage() {
        Http http = new Http(port);
        Http.RawResponse malformed = http.raw("/%zz");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.headers()).contains("Content-Security-Policy: default-src 'self'", "X-Content-Type-Options: nosniff",
                "X-Frame-Options: DENY", "Referrer-Policy: strict-origin-when-cross-origin");
        assertThat(http.get("/error").statusCode()).isEqualTo(404);
        assertThat(http.send("POST", "/error").statusCode()).isIn(403, 404);
        assertThat(http.raw("/actuator/health?%zz").status()).isEqualTo(400);
        assertThat(http.raw("/actuator/health?a=%").status()).isEqualTo(400);
        assertThat(http.get("/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    void aNameThatTurnsTheTextAround_isRefused() {
        Member editor = TestAccounts.with(accounts, Role.EDITOR);
        Session session = new Session(port);
        assertThat(session.signIn(editor.email(), TestAccounts.PASSWORD)).isTrue();
        session.get("/newsroom/sections");
        HttpResponse<String> section = session.post("/newsroom/sections", "name", "Sport\u202Etropd", "description", "");
        assertThat(section.statusCode()).isEqualTo(400);
        assertThat(section.body()).contains("Names cannot contain characters that change the direction");
        Session stranger = new Session(port);
        stranger.get("/signup");
        HttpResponse<String> signUp = stranger.post("/signup", "displayName", "admin\u2067nimda", "email",
                "turned-" + UUID.randomUUID().toString().substring(0, 8) + "@masthead.test", "password", TestAccounts.PASSWORD);
        assertThat(signUp.statusCode()).isEqualTo(400);
        assertThat(signUp.body()).contains("Names cannot contain characters that change the direction");
        // Running text may carry them: Arabic and Hebrew writers do.
        assertThat(session.post("/newsroom/sections", "name", "رأي " + UUID.randomUUID().toString().substring(0, 4),
                "description", "\u202Bمقالات\u202C").statusCode()).isEqualTo(302);
    }

    /** Text stored before the rules (or by a way round them) must not break the feeds for every reader. */
    @Test
    void controlCharactersAlreadyStored_leaveTheFeedsAndSitemapsWellFormed() throws Exception {
        String headline = "Bell " + UUID.randomUUID().toString().substring(0, 8);
        long id = articles.publish(TestArticles.story(headline)).id();
        jdbc.sql("UPDATE articles SET headline = :h, standfirst = :s WHERE id = :id")
                .param("h", headline + "\u0007\u001b\uFFFF").param("s", "Stand\u0001first").param("id", id).update();
        for (String path : java.util.List.of("/feed.xml", "/atom.xml", "/news-sitemap.xml")) {
            HttpResponse<String> xml = new Http(port).get(path);
            assertThat(xml.statusCode()).as(path).isEqualTo(200);
            var parser = DocumentBuilderFactory.newInstance();
            parser.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml.body().getBytes(StandardCharsets.UTF_8)));
            assertThat(xml.body()).as(path).contains(headline).doesNotContain("\u0007");
        }
    }

    @Test
    void signingInFromASavedNewsroomLink_landsOnTheNewsroom() {
        Member editor = TestAccounts.with(accounts, Role.EDITOR);
        Session session = new Session(port);
        HttpResponse<String> saved = session.get("/newsroom");
        assertThat(Session.location(saved)).endsWith("/signin");
        session.get("/signin");
        HttpResponse<String> signedIn = session.post("/signin", "username", editor.email(), "password", TestAccounts.PASSWORD);
        String back = Session.location(signedIn);
        assertThat(back).endsWith("/newsroom").doesNotContain("continue");
        assertThat(session.get("/newsroom").statusCode()).isEqualTo(200);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }
}
