package org.masthead;

import java.util.UUID;
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

    /** A new person with this role and an address no other test uses. */
    public static Member with(Accounts accounts, Role role) {
        String email = role.code() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@masthead.test";
        Member member = accounts.signUp(email, role.label() + " Tester", PASSWORD).orElseThrow();
        if (role != Role.READER) {
            accounts.changeRole(owner(accounts), member.id(), role);
        }
        return accounts.find(member.id()).orElseThrow();
    }
}
