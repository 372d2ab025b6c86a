package org.masthead.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.masthead.ManyClientsTest;
import org.masthead.Session;
import org.masthead.TestAccounts;
import org.masthead.TestClients;
import org.masthead.TestDatabase;
import org.masthead.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a stranger can make the site do to others: lock them out by guessing, flood them with mail,
 * learn whether they have an account. Limits here are those of {@link ManyClientsTest}: 3 failed
 * sign-ins per account and client, 6 per client, 8 per account from new browsers, 4 per known
 * browser; 3 mail requests per client and 2 per recipient.
 */
@ManyClientsTest
class Strangers_LimitsTest {

    static final Pattern RESET_LINK = Pattern.compile("https://news\\.example\\.test(/reset-password\\?token=[A-Za-z0-9_-]+)");

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private Session browser() {
        return new Session(port).from(TestClients.next());
    }

    private static String fresh(String what) {
        return what + "-" + UUID.randomUUID().toString().substring(0, 8) + "@masthead.test";
    }

    /** Where a sign-in attempt was sent: the account, the form again with an error, or the throttled page. */
    private static String attempt(Session session, String email, String password) {
        session.get("/signin");
        return Session.location(session.post("/signin", "username", email, "password", password));
    }

    @Test
    void aStrangerGuessingFromEverywhere_isSoonStopped_butCannotKeepTheHolderOut() {
        Member holder = TestAccounts.with(accounts, Role.OWNER);
        Session home = browser();
        assertThat(home.signIn(holder.email(), TestAccounts.PASSWORD)).isTrue();
        home.get("/account");
        home.post("/signout");

        for (int guess = 0; guess < 8; guess++) {
            assertThat(attempt(browser(), holder.email(), "guess number " + guess)).endsWith("/signin?error");
        }
        // Every browser the account never used is now refused, from whatever address: guessing stays slow.
        assertThat(attempt(browser(), holder.email(), "guess number 9")).endsWith("/signin?throttled");
        assertThat(attempt(browser(), holder.email(), TestAccounts.PASSWORD)).endsWith("/signin?throttled");

        // Its holder, at home, signs in as usual.
        assertThat(home.signIn(holder.email(), TestAccounts.PASSWORD)).isTrue();

        // On a new browser they are refused too, until a password reset lets that browser in.
        Session café = browser();
        assertThat(attempt(café, holder.email(), TestAccounts.PASSWORD)).endsWith("/signin?throttled");
        café.get("/forgot-password");
        assertThat(café.post("/forgot-password", "email", holder.email()).statusCode()).isEqualTo(200);
        String link = resetLinkMailedTo(holder.email());
        café.get(link);
        HttpResponse<String> changed = café.post("/reset-password", "token", link.substring(link.indexOf('=') + 1),
                "password", "a new passphrase for the café");
        assertThat(changed.body()).contains("Your password is changed");
        assertThat(café.signIn(holder.email(), "a new passphrase for the café")).isTrue();
    }

    @Test
    void oneClientGuessing_isStoppedForThatAccount_andThenForEveryAccount_whileOthersSignIn() {
        Member first = TestAccounts.with(accounts, Role.READER);
        Member second = TestAccounts.with(accounts, Role.READER);
        Member third = TestAccounts.with(accounts, Role.READER);
        String guesser = TestClients.next();
        for (int guess = 0; guess < 3; guess++) {
            assertThat(attempt(new Session(port).from(guesser), first.email(), "guess " + guess)).endsWith("?error");
        }
        assertThat(attempt(new Session(port).from(guesser), first.email(), TestAccounts.PASSWORD)).endsWith("?throttled");
        // The account's holder, from their own address, is not held up.
        assertThat(browser().signIn(first.email(), TestAccounts.PASSWORD)).isTrue();

        for (int guess = 0; guess < 3; guess++) {
            assertThat(attempt(new Session(port).from(guesser), second.email(), "guess " + guess)).endsWith("?error");
        }
        // Six failures in all from this client: it may not try any account for a while.
        assertThat(attempt(new Session(port).from(guesser), third.email(), TestAccounts.PASSWORD)).endsWith("?throttled");
        assertThat(browser().signIn(third.email(), TestAccounts.PASSWORD)).isTrue();

        HttpResponse<String> page = new Session(port).from(guesser).get("/signin?throttled");
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.body()).contains("Too many failed sign-ins. Wait", "reset your password");
    }

    @Test
    void guessesSentAllAtOnce_cannotSlipThroughTogether() throws Exception {
        Member reader = TestAccounts.with(accounts, Role.READER);
        String guesser = TestClients.next();
        ExecutorService threads = Executors.newFixedThreadPool(30);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> answers = new ArrayList<>();
            for (int guess = 0; guess < 30; guess++) {
                String password = "simultaneous guess " + guess;
                Session session = new Session(port).from(guesser);
                session.get("/signin");
                answers.add(threads.submit(() -> {
                    start.await();
                    return Session.location(session.post("/signin", "username", reader.email(), "password", password));
                }));
            }
            start.countDown();
            int checked = 0;
            for (Future<String> answer : answers) {
                String location = answer.get(2, TimeUnit.MINUTES);
                assertThat(location).matches(".*/signin\\?(error|throttled)");
                checked += location.endsWith("?error") ? 1 : 0;
            }
            assertThat(checked).as("passwords actually checked").isEqualTo(3);
        }
        finally {
            threads.shutdownNow();
        }
    }

    @Test
    void mailToOneAddress_isLimited_andTheRefusalIsTheSameWhetherOrNotItHasAnAccount() {
        Member reader = TestAccounts.with(accounts, Role.READER);
        String nobody = fresh("nobody");
        List<String> answers = new ArrayList<>();
        for (String email : List.of(reader.email(), nobody)) {
            for (int request = 0; request < 2; request++) {
                HttpResponse<String> asked = askForReset(browser(), email);
                assertThat(asked.statusCode()).isEqualTo(200);
                assertThat(asked.body()).contains("If an account uses that address");
            }
            HttpResponse<String> refused = askForReset(browser(), email);
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(refused.body()).contains("We have already sent several messages to this address");
            answers.add(withoutTokens(refused.body()).replace(email, "ADDRESS"));
        }
        assertThat(answers.get(0)).isEqualTo(answers.get(1));

        // A mail that was asked for after the refused one has arrived: the refused one was never sent.
        Member sentinel = TestAccounts.with(accounts, Role.READER);
        askForReset(browser(), sentinel.email());
        await().atMost(Duration.ofSeconds(20)).until(() -> TestMailServer.messagesTo(sentinel.email()).size() == 2);
        assertThat(TestMailServer.messagesTo(reader.email())).hasSize(1 + 2);
        assertThat(TestMailServer.messagesTo(nobody)).isEmpty();
    }

    @Test
    void oneClientAskingForMail_isLimited_withAClearMessage_andNothingIsCreatedOrSent() {
        String client = TestClients.next();
        for (int signUp = 0; signUp < 3; signUp++) {
            HttpResponse<String> done = signUp(new Session(port).from(client), fresh("flood"));
            assertThat(done.statusCode()).isEqualTo(200);
        }
        String refusedAddress = fresh("flood-refused");
        HttpResponse<String> refused = signUp(new Session(port).from(client), refusedAddress);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("Too many requests to send mail have come from your network");
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(askForReset(new Session(port).from(client), fresh("reset")).statusCode()).isEqualTo(429);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM users WHERE email = :e").param("e", refusedAddress)
                .query(Long.class).single()).isZero();

        // Another client is not held up.
        assertThat(signUp(browser(), fresh("neighbour")).statusCode()).isEqualTo(200);
        assertThat(TestMailServer.messagesTo(refusedAddress)).isEmpty();
    }

    /**
     * Whether a reset link is sent depends on whether the address has an account; the answer must not
     * wait for it, or its timing would tell. So it comes while the database cannot be written at all.
     */
    @Test
    void aResetRequest_isAnsweredBeforeItsWorkIsDone() throws Exception {
        Member reader = TestAccounts.with(accounts, Role.READER);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch answered = new CountDownLatch(1);
        AtomicBoolean answeredWhileHeld = new AtomicBoolean();
        Thread holder = new Thread(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            if (TestDatabase.isPostgres()) {
                jdbc.sql("LOCK TABLE account_tokens IN EXCLUSIVE MODE").update();
            }
            jdbc.sql("UPDATE users SET display_name = display_name WHERE id = :id").param("id", reader.id()).update();
            holding.countDown();
            try {
                answeredWhileHeld.set(answered.await(10, TimeUnit.SECONDS));
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        holder.start();
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

        HttpResponse<String> asked = askForReset(browser(), reader.email());
        answered.countDown();
        holder.join();
        assertThat(answeredWhileHeld).as("answered while the database was held").isTrue();
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("If an account uses that address");
        // And the link is sent once the database is free.
        assertThat(resetLinkMailedTo(reader.email())).startsWith("/reset-password?token=");
    }

    private HttpResponse<String> askForReset(Session session, String email) {
        session.get("/forgot-password");
        return session.post("/forgot-password", "email", email);
    }

    private HttpResponse<String> signUp(Session session, String email) {
        session.get("/signup");
        return session.post("/signup", "displayName", "Flo Flood", "email", email, "password", TestAccounts.PASSWORD);
    }

    private static String resetLinkMailedTo(String email) {
        await().atMost(Duration.ofSeconds(20)).until(() -> TestMailServer.messagesTo(email).stream()
                .anyMatch(m -> RESET_LINK.matcher(raw(m)).find()));
        String raw = TestMailServer.messagesTo(email).stream().map(Strangers_LimitsTest::raw)
                .filter(r -> RESET_LINK.matcher(r).find()).reduce((a, b) -> b).orElseThrow();
        Matcher m = RESET_LINK.matcher(raw);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static String raw(jakarta.mail.internet.MimeMessage message) {
        return TestMailServer.text(message);
    }

    private static String withoutTokens(String page) {
        return page.replaceAll("[A-Za-z0-9_-]{40,}", "TOKEN");
    }
}
