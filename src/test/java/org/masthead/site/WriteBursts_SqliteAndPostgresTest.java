package org.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.masthead.Bursts;
import org.masthead.ManyClientsTest;
import org.masthead.Session;
import org.masthead.TestAccounts;
import org.masthead.TestDatabase;
import org.masthead.accounts.Accounts;
import org.masthead.accounts.Member;
import org.masthead.accounts.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the public can write holds when hundreds write at once: every answer is a success or a
 * clear refusal (4xx, or 503 with Retry-After), never a 500 or a dropped connection; what was
 * acknowledged is stored and nothing else; and the site writes normally a second later. Each
 * request comes from an address of its own, as readers behind the site's proxy would.
 */
@ManyClientsTest
class WriteBursts_SqliteAndPostgresTest {

    static final int SIGN_UPS = 200;

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @org.springframework.beans.factory.annotation.Value("${masthead.data-dir}")
    String dataDir;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    /** What one request got back: its status, or the name of the failure if there was no answer. */
    private HttpRequest signUp(String email, int client) {
        String form = "displayName=" + URLEncoder.encode("Burst Reader " + client, StandardCharsets.UTF_8)
                + "&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/signup"))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://127.0.0.1:" + port)
                .header("X-Forwarded-For", "203.0." + (client / 250) + "." + (client % 250 + 1))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    @Test
    void twoHundredSimultaneousSignUps_areAllAnsweredAndStoredAsAcknowledged() throws Exception {
        String batch = UUID.randomUUID().toString().substring(0, 8);
        List<HttpRequest> requests = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < SIGN_UPS; i++) {
            String email = "burst-" + batch + "-" + i + "@masthead.test";
            emails.add(email);
            requests.add(signUp(email, i));
        }

        Member editor = editor();
        long started = System.nanoTime();
        List<Bursts.Answer> answers = Bursts.atOnce(client, requests);
        double seconds = (System.nanoTime() - started) / 1e9;

        for (Bursts.Answer a : answers) {
            assertThat(a.failure()).as("an answer, not a dropped connection").isNull();
            if (a.status() == 503) {
                assertThat(a.header("Retry-After")).as("503 says when to try again").isNotBlank();
                assertThat(a.body()).contains("Nothing was changed");
            }
            else {
                assertThat(a.status()).as("success or a clear refusal: " + Bursts.tally(answers)).isBetween(200, 499);
            }
        }
        List<String> acknowledged = new ArrayList<>();
        for (int i = 0; i < SIGN_UPS; i++) {
            if (answers.get(i).status() == 200 && answers.get(i).body().contains("We have sent a link")) {
                acknowledged.add(emails.get(i));
            }
        }
        long stored = jdbc.sql("SELECT COUNT(*) FROM users WHERE email LIKE :prefix")
                .param("prefix", "burst-" + batch + "-%").query(Long.class).single();
        assertThat(stored).as("stored = acknowledged (" + Bursts.tally(answers) + ")").isEqualTo(acknowledged.size());
        assertThat(acknowledged.size()).as("most of the burst gets through: " + Bursts.tally(answers))
                .isGreaterThan(SIGN_UPS / 2);
        System.out.printf("%n*** %s: %d simultaneous sign-ups answered in %.1f s (%.1f sign-ups/s): %s ***%n%n",
                TestDatabase.kind(), SIGN_UPS, seconds, acknowledged.size() / seconds, Bursts.tally(answers));

        // A second later the site writes as usual.
        Thread.sleep(1000);
        Bursts.Answer after = Bursts.send(client, signUp("after-" + batch + "@masthead.test", 9999));
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.body()).contains("We have sent a link");
        assertArticleSaveWorks(editor);
    }

    /** An editor who can save articles, made before a burst (whose mail would keep their confirmation waiting). */
    private Member editor() {
        return TestAccounts.with(accounts, Role.EDITOR);
    }

    private void assertArticleSaveWorks(Member editor) {
        Session session = new Session(port);
        assertThat(session.signIn(editor.email(), TestAccounts.PASSWORD)).isTrue();
        session.get("/newsroom/articles/new");
        HttpResponse<String> saved = session.post("/newsroom/articles", "headline", "After the burst " + UUID.randomUUID(),
                "body", "Still writing.", "action", "save");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    }

    @Test
    void fiftySimultaneousPictureUploads_byOneReader_areAnsweredAndLeaveOnePortrait() throws Exception {
        Member reader = TestAccounts.with(accounts, Role.READER);
        Member editor = editor();
        Session session = new Session(port);
        assertThat(session.signIn(reader.email(), TestAccounts.PASSWORD)).isTrue();
        session.get("/account");
        byte[] photo = Session.jpeg(2400, 1600);
        List<java.util.concurrent.Callable<HttpResponse<String>>> uploads = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            uploads.add(() -> session.upload("/account/avatar", "avatar", "me.jpg", photo));
        }
        ExecutorService threads = Executors.newFixedThreadPool(50);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<HttpResponse<String>> answer : threads.invokeAll(uploads)) {
                HttpResponse<String> response = answer.get();
                statuses.add(response.statusCode());
                if (response.statusCode() == 503) {
                    assertThat(response.headers().firstValue("Retry-After")).isPresent();
                }
            }
        }
        finally {
            threads.shutdownNow();
        }
        assertThat(statuses).as("success, a limit or busy: never a server error")
                .allSatisfy(s -> assertThat(s).isIn(302, 429, 503));
        assertThat(statuses).contains(302);
        // However many went through, the reader has one picture, and it is there.
        String avatar = accounts.avatarOf(reader.id());
        assertThat(avatar).startsWith("/media/portraits/" + reader.id() + "-");
        assertThat(new org.masthead.Http(port).get(avatar).statusCode()).isEqualTo(200);
        java.nio.file.Path folder = java.nio.file.Path.of(dataDir, "media", "portraits");
        try (var files = java.nio.file.Files.list(folder)) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith(reader.id() + "-")).count())
                    .isEqualTo(1);
        }
        Thread.sleep(1000);
        assertArticleSaveWorks(editor);
    }
}
