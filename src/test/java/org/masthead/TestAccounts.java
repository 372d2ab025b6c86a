package org.masthead;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.masthead.accounts.Accounts;
import org.masthead.accounts.Member;
import org.masthead.accounts.Role;

/** People with known passwords for tests, made through the same service the pages use. */
public final class TestAccounts {

    public static final String PASSWORD = "correct horse battery";
    private static final String OWNER_EMAIL = "owner@masthead.test";

    private TestAccounts() {
    }

    public static Member owner(Accounts accounts) {
        if (accounts.needsSetup()) {
            return accounts.createOwner(OWNER_EMAIL, "Olive Owner", PASSWORD);
        }
        return accounts.members().stream().filter(m -> m.role() == Role.OWNER).findFirst().orElseThrow();
    }

    /**
     * A new person with this role and an address no other test uses, confirmed through the link mailed
     * to it, as a reader confirms theirs (until then the password opens no session).
     */
    public static Member with(Accounts accounts, Role role) {
        String email = role.code() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@masthead.test";
        Member member = accounts.signUp(email, role.label() + " Tester", PASSWORD).orElseThrow();
        accounts.verify(confirmationToken(email)).orElseThrow();
        if (role != Role.READER) {
            accounts.changeRole(owner(accounts), member.id(), role);
        }
        return accounts.find(member.id()).orElseThrow();
    }

    private static final Pattern CONFIRMATION = Pattern.compile("/verify\\?token=([A-Za-z0-9_-]+)");

    /** The token in the confirmation message to this address, once the outbox has sent it. */
    public static String confirmationToken(String email) {
        // Generous: after a burst of sign-ups in the same application, this one waits its turn in the outbox.
        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> !TestMailServer.messagesTo(email).isEmpty());
        String raw = TestMailServer.text(TestMailServer.messagesTo(email).get(0));
        Matcher link = CONFIRMATION.matcher(raw);
        if (!link.find()) {
            throw new IllegalStateException("No confirmation link in the message to " + email);
        }
        return link.group(1);
    }
}
