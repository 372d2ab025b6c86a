package org.masthead.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.masthead.DatabaseTest;
import org.masthead.Session;
import org.masthead.TestAccounts;
import org.masthead.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sign-up, address confirmation and password reset, with the mail read back from a real SMTP server. */
@DatabaseTest
class Accounts_EmailLinksTest {

    static final String PASSWORD = "a sensible long password";
    static final Pattern LINK = Pattern.compile("https://news\\.example\\.test(/[a-z-]+\\?token=[A-Za-z0-9_-]+)");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    private static String fresh() {
        return "reader-" + UUID.randomUUID().toString().substring(0, 8) + "@masthead.test";
    }

    /** The link in the newest message to this address, as a path on the test server. */
    private static String linkMailedTo(String email, int nth) {
        await().atMost(Duration.ofSeconds(20)).until(() -> TestMailServer.messagesTo(email).size() >= nth);
        MimeMessage message = TestMailServer.messagesTo(email).get(nth - 1);
        String raw = TestMailServer.text(message);
        Matcher m = LINK.matcher(raw);
        assertThat(m.find()).as("a link in the message to " + email).isTrue();
        return m.group(1);
    }

    private Session signUp(String email) {
        Session session = new Session(port);
        session.get("/signup");
        HttpResponse<String> done = session.post("/signup", "displayName", "Rita Reader", "email", email,
                "password", PASSWORD);
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("We have sent a link to " + email);
        return session;
    }

    @Test
    void signUp_mailsAConfirmationLinkThatWorksOnce() throws Exception {
        String email = fresh();
        Session session = signUp(email);
        MimeMessage mail = awaitFirst(email);
        assertThat(mail.getSubject()).contains("Confirm");
        String link = linkMailedTo(email, 1);
        assertThat(link).startsWith("/verify?token=");

        // Opening the link (as a mail scanner would) spends nothing: it shows a button.
        HttpResponse<String> opened = session.get(link);
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.body()).contains("Confirm and sign in");
        assertThat(jdbc.sql("SELECT email_verified_at FROM users WHERE email = :e").param("e", email)
                .query(Long.class).optional().orElse(null)).isNull();

        HttpResponse<String> confirmed = session.post("/verify", "token", token(link));
        assertThat(Session.location(confirmed)).endsWith("/account?confirmed");
        assertThat(session.get("/account?confirmed").body()).contains("your address is confirmed, and you are signed in");
        assertThat(jdbc.sql("SELECT email_verified_at FROM users WHERE email = :e").param("e", email)
                .query(Long.class).single()).isNotNull();

        Session other = new Session(port);
        other.get(link);
        HttpResponse<String> again = other.post("/verify", "token", token(link));
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("expired or was already used");
    }

    private static String token(String link) {
        return link.substring(link.indexOf('=') + 1);
    }

    /** Signs up through the form and confirms through the mailed link, as a new reader does. */
    private Session confirmedReader(String email) {
        Session session = signUp(email);
        String link = linkMailedTo(email, 1);
        session.get(link);
        assertThat(Session.location(session.post("/verify", "token", token(link)))).endsWith("/account?confirmed");
        return session;
    }

    @Test
    void passwordReset_linkWorksOnceAndTheNewPasswordSignsIn() {
        String email = fresh();
        signUp(email);
        Session session = new Session(port);
        session.get("/forgot-password");
        HttpResponse<String> asked = session.post("/forgot-password", "email", email);
        assertThat(asked.body()).contains("If an account uses that address");
        String link = linkMailedTo(email, 2);
        assertThat(link).startsWith("/reset-password?token=");
        String token = link.substring(link.indexOf('=') + 1);

        session.get(link);
        HttpResponse<String> weak = session.post("/reset-password", "token", token, "password", "short");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).contains("at least 10 characters");

        // A refused password does not use the link up: the token is spent only with an accepted password.
        session.get(link);
        HttpResponse<String> done = session.post("/reset-password", "token", token, "password", "a brand new passphrase");
        assertThat(done.body()).contains("Your password is changed");
        assertThat(new Session(port).signIn(email, "a brand new passphrase")).isTrue();
        assertThat(new Session(port).signIn(email, PASSWORD)).isFalse();

        session.get(link);
        HttpResponse<String> reused = session.post("/reset-password", "token", token, "password", "yet another passphrase");
        assertThat(reused.statusCode()).isEqualTo(400);
        assertThat(reused.body()).contains("expired or was already used");
    }

    /**
     * Until the address is confirmed, the password opens nothing, and the answer is that of a wrong
     * password: otherwise signing up with someone's address and then signing in would tell whether it
     * was taken.
     */
    @Test
    void anUnconfirmedAccount_cannotSignInWithItsPassword_andSaysNoMoreThanAWrongPassword() {
        String email = fresh();
        signUp(email);
        Session unconfirmed = new Session(port);
        unconfirmed.get("/signin");
        String right = Session.location(unconfirmed.post("/signin", "username", email, "password", PASSWORD));
        Session wrong = new Session(port);
        wrong.get("/signin");
        String wrongAnswer = Session.location(wrong.post("/signin", "username", email, "password", "not the password"));
        assertThat(right).isEqualTo(wrongAnswer).endsWith("/signin?error");
        assertThat(unconfirmed.get("/signin?error").body()).contains("open the link we sent you first");

        // A taken address: the same page as for a new one, and its password (the stranger's) opens nothing.
        Session stranger = new Session(port);
        stranger.get("/signup");
        stranger.post("/signup", "displayName", "Stranger", "email", email, "password", "the stranger's password");
        assertThat(stranger.signIn(email, "the stranger's password")).isFalse();
    }

    /** A reset ends every session opened with the old password, and forgets the browsers it trusted. */
    @Test
    void aPasswordReset_signsOutEverySessionOfTheOldPassword() {
        String email = fresh();
        Session elsewhere = confirmedReader(email);
        assertThat(elsewhere.get("/account").statusCode()).isEqualTo(200);
        long remembered = jdbc.sql("SELECT COUNT(*) FROM known_browsers WHERE user_id = (SELECT id FROM users WHERE email = :e)")
                .param("e", email).query(Long.class).single();
        assertThat(remembered).isEqualTo(1);

        Session resetting = new Session(port);
        resetting.get("/forgot-password");
        resetting.post("/forgot-password", "email", email);
        String link = linkMailedTo(email, 2);
        resetting.get(link);
        assertThat(resetting.post("/reset-password", "token", token(link), "password", "the password from now on")
                .body()).contains("Your password is changed");

        assertThat(Session.location(elsewhere.get("/account"))).as("the old session is over").endsWith("/signin");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM known_browsers WHERE user_id = (SELECT id FROM users WHERE email = :e)")
                .param("e", email).query(Long.class).single()).as("only the browser that reset it").isEqualTo(1);
        assertThat(resetting.signIn(email, "the password from now on")).isTrue();
    }

    @Test
    void expiredLinks_doNothing() {
        String email = fresh();
        signUp(email);
        String link = linkMailedTo(email, 1);
        jdbc.sql("UPDATE account_tokens SET expires_at = 1 WHERE user_id = (SELECT id FROM users WHERE email = :e)")
                .param("e", email).update();
        Session late = new Session(port);
        late.get(link);
        HttpResponse<String> refused = late.post("/verify", "token", token(link));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Ask for a link to choose your password below");
        assertThat(jdbc.sql("SELECT email_verified_at FROM users WHERE email = :e").param("e", email)
                .query(Long.class).optional().orElse(null)).isNull();
    }

    @Test
    void resetForUnknownAddress_saysTheSameAndSendsNothing() {
        String email = fresh();
        Session session = new Session(port);
        session.get("/forgot-password");
        assertThat(session.post("/forgot-password", "email", email).body()).contains("If an account uses that address");
        assertThat(TestMailServer.messagesTo(email)).isEmpty();
    }

    @Test
    void signUp_refusesBadInput_andAnswersATakenAddressLikeAnyOther_tellingOnlyItsOwner() throws Exception {
        String email = fresh();
        signUp(email);
        await().atMost(Duration.ofSeconds(20)).until(() -> TestMailServer.messagesTo(email).size() == 1);
        Session session = new Session(port);
        session.get("/signup");
        HttpResponse<String> duplicate = session.post("/signup", "displayName", "Again", "email", email.toUpperCase(),
                "password", PASSWORD);
        // The same answer as for a new address: the page tells nobody who has an account here.
        assertThat(duplicate.statusCode()).isEqualTo(200);
        assertThat(duplicate.body()).contains("We have sent a link to " + email.toUpperCase())
                .doesNotContain("already");
        // The owner of the address hears of it, and may sign in or reset their password.
        await().atMost(Duration.ofSeconds(20)).until(() -> TestMailServer.messagesTo(email).size() == 2);
        assertThat(TestMailServer.messagesTo(email).get(1).getSubject()).startsWith("Someone tried to create an account");
        HttpResponse<String> badEmail = session.post("/signup", "displayName", "X", "email", "not-an-address",
                "password", PASSWORD);
        assertThat(badEmail.body()).contains("Enter an email address like name@example.org.");
        // Addresses the outbox could not write to are refused here, not later as a failure.
        for (String unmailable : List.of("a,b@x.org", "a@-x.org", "a@x..org", "a<b>@x.org")) {
            HttpResponse<String> refused = session.post("/signup", "displayName", "X", "email", unmailable,
                    "password", PASSWORD);
            assertThat(refused.statusCode()).as(unmailable).isEqualTo(400);
            assertThat(refused.body()).as(unmailable).contains("Enter an email address like name@example.org.");
        }
        // An international domain is written as mail servers know it.
        String local = "idn-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(session.post("/signup", "displayName", "Jörg", "email", local + "@bücher.example", "password",
                PASSWORD).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM users WHERE email = :e").param("e", local + "@xn--bcher-kva.example")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM users WHERE email = :e").param("e", email).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void repeatedWrongPasswords_areThrottledWithAClearMessage_whateverAddressTheRequestsClaim() {
        String email = fresh();
        signUp(email);
        // No proxy is trusted by default: a client naming a new address each time is still one client.
        for (int i = 0; i < perAccountAndClient; i++) {
            assertThat(new Session(port).from("198.51.100." + i).signIn(email, "wrong password " + i)).isFalse();
        }
        Session session = new Session(port).from("203.0.113.77");
        session.get("/signin");
        HttpResponse<String> blocked = session.post("/signin", "username", email, "password", PASSWORD);
        assertThat(Session.location(blocked)).endsWith("/signin?throttled");
        HttpResponse<String> page = session.get("/signin?throttled");
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.body()).contains("Too many failed sign-ins. Wait");
    }

    /** bcrypt reads 72 bytes: forty Cyrillic letters are 80, though only 40 characters. */
    @Test
    void passwordsLongerThanTheHashReads_areRefusedClearly_andNeverBreakSigningIn() {
        String tooLong = "пароль".repeat(7);
        String email = fresh();
        Session session = new Session(port);
        session.get("/signup");
        HttpResponse<String> refused = session.post("/signup", "displayName", "Лена", "email", email, "password", tooLong);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Use a shorter password: at most 72 bytes");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM users WHERE email = :e").param("e", email).query(Long.class).single())
                .isZero();

        confirmedReader(email);
        assertThat(new Session(port).signIn(email, "x".repeat(100))).isFalse();
        assertThat(new Session(port).signIn(email, tooLong + tooLong)).isFalse();

        Session resetting = new Session(port);
        resetting.get("/forgot-password");
        resetting.post("/forgot-password", "email", email);
        String link = linkMailedTo(email, 2);
        resetting.get(link);
        HttpResponse<String> tooLongReset = resetting.post("/reset-password", "token", link.substring(link.indexOf('=') + 1),
                "password", tooLong);
        assertThat(tooLongReset.statusCode()).isEqualTo(400);
        assertThat(tooLongReset.body()).contains("Use a shorter password");
        assertThat(new Session(port).signIn(email, PASSWORD)).isTrue();
    }

    @org.springframework.beans.factory.annotation.Value("${masthead.limits.sign-in.per-account-and-client}")
    int perAccountAndClient;

    private static MimeMessage awaitFirst(String email) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !TestMailServer.messagesTo(email).isEmpty());
        List<MimeMessage> messages = TestMailServer.messagesTo(email);
        return messages.get(0);
    }

    @Test
    void signingIn_changesTheSessionId() {
        Member reader = TestAccounts.with(accounts, Role.READER);
        Session session = new Session(port);
        session.get("/signin");
        String before = session.cookie("JSESSIONID");
        assertThat(before).isNotNull();
        assertThat(session.signIn(reader.email(), TestAccounts.PASSWORD)).isTrue();
        assertThat(session.cookie("JSESSIONID")).isNotNull().isNotEqualTo(before);
    }

    @Test
    void readersWritingInAnyScript_areGreetedByTheirNameInTheMail() throws Exception {
        for (String name : List.of("Јелена Петровић", "Ελένη Παπαδοπούλου", "山田 花子", "ليلى حداد")) {
            String email = fresh();
            Session session = new Session(port);
            session.get("/signup");
            assertThat(session.post("/signup", "displayName", name, "email", email, "password", PASSWORD).statusCode())
                    .isEqualTo(200);
            await().atMost(Duration.ofSeconds(20)).until(() -> TestMailServer.messagesTo(email).size() >= 1);
            MimeMessage message = TestMailServer.messagesTo(email).get(0);
            String text = TestMailServer.text(message);
            assertThat(text).as("the text and HTML parts greet " + name).contains("Hello " + name + ",");
            assertThat(text.split("Hello " + java.util.regex.Pattern.quote(name), -1)).hasSize(3);
        }
    }
}
