package org.masthead.accounts;

/**
 * A signed-in person, as the rest of the application sees them. Controllers receive it as a
 * handler parameter; it is never null there (anonymous requests to such handlers are sent to sign in).
 */
public record Member(long id, String email, String displayName, Role role, boolean verified) {

    public boolean is(Role candidate) {
        return role == candidate;
    }
}
