package org.masthead.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.masthead.DatabaseTest;
import org.masthead.Session;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** The very first start: /setup exists only until the owner does. Runs on a database of its own. */
@DatabaseTest
@TestPropertySource(properties = "masthead.test.context=first-run-setup")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstRun_SetupTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Test
    @Order(1)
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

    @Test
    @Order(2)
    void signingIn_changesTheSessionId() {
        Session session = new Session(port);
        session.get("/signin");
        String before = session.cookie("JSESSIONID");
        assertThat(before).isNotNull();
        assertThat(session.signIn("owen@masthead.test", "the owner's long password")).isTrue();
        assertThat(session.cookie("JSESSIONID")).isNotNull().isNotEqualTo(before);
    }

    @Test
    @Order(3)
    void createOwnerCommand_refusesOnceThereIsAnOwner() {
        var command = new CreateOwnerCommand(accounts);
        var in = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("another long password\n".getBytes()));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> command.run(
                    new org.springframework.boot.DefaultApplicationArguments("create-owner", "--email=second@masthead.test")))
                    .hasMessage("This site already has an owner.");
        }
        finally {
            System.setIn(in);
        }
    }
}
