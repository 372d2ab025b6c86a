package org.masthead.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.masthead.DatabaseTest;
import org.masthead.Session;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The very first start: /setup exists only until the owner does. Runs on a database of its own, so
 * it is the one test there and finds no owner whatever else runs. (The {@code create-owner} command
 * is tested on the packaged program, as an operator runs it.)
 */
@DatabaseTest
@TestPropertySource(properties = "masthead.test.context=first-run-setup")
class FirstRun_SetupTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Test
    void setup_createsTheOwnerOnceAndThenDisappears() {
        assertThat(accounts.needsSetup()).isTrue();
        Session session = new Session(port);
        assertThat(session.get("/setup").statusCode()).isEqualTo(200);

        HttpResponse<String> weak = session.post("/setup", "displayName", "Owen Owner", "email", "owen@masthead.test",
                "password", "short");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).contains("Use a password of at least 10 characters.");
        assertThat(accounts.needsSetup()).isTrue();

        HttpResponse<String> done = session.post("/setup", "displayName", "Owen Owner", "email", "owen@masthead.test",
                "password", "the owner's long password");
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("Your owner account is ready.");
        assertThat(accounts.needsSetup()).isFalse();

        assertThat(session.get("/setup").statusCode()).isEqualTo(404);
        HttpResponse<String> replay = session.post("/setup", "displayName", "Mallory", "email", "mallory@masthead.test",
                "password", "a takeover attempt here");
        assertThat(replay.statusCode()).isEqualTo(404);
        assertThat(accounts.members()).extracting(Member::email).doesNotContain("mallory@masthead.test");

        assertThat(session.signIn("owen@masthead.test", "the owner's long password")).isTrue();
        assertThat(session.get("/newsroom/settings").statusCode()).isEqualTo(200);
    }
}
