package org.masthead.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.masthead.DatabaseTest;
import org.masthead.Session;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** {@code create-owner} on a fresh database, with the password piped in as a script would. */
@DatabaseTest
@TestPropertySource(properties = "masthead.test.context=create-owner-command")
class CreateOwner_CommandTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    private void run(String password, String... args) throws Exception {
        InputStream in = System.in;
        try {
            System.setIn(new ByteArrayInputStream((password + "\n").getBytes()));
            new CreateOwnerCommand(accounts).run(new DefaultApplicationArguments(args));
        }
        finally {
            System.setIn(in);
        }
    }

    @Test
    void createsTheOwnerFromTheCommandLine() throws Exception {
        assertThatThrownBy(() -> run("a fine long password", "create-owner"))
                .hasMessage("Give exactly one --email=… to create-owner.");
        assertThatThrownBy(() -> run("short", "create-owner", "--email=cli@masthead.test"))
                .hasMessage("Use a password of at least 10 characters.");
        assertThat(accounts.needsSetup()).isTrue();

        run("a fine long password", "create-owner", "--email=cli@masthead.test", "--name=Cleo Line");

        assertThat(accounts.needsSetup()).isFalse();
        assertThat(accounts.members()).singleElement().satisfies(m -> {
            assertThat(m.email()).isEqualTo("cli@masthead.test");
            assertThat(m.displayName()).isEqualTo("Cleo Line");
            assertThat(m.role()).isEqualTo(Role.OWNER);
        });
        assertThat(new Session(port).signIn("cli@masthead.test", "a fine long password")).isTrue();
        assertThat(new Session(port).get("/setup").statusCode()).isEqualTo(404);
    }
}
