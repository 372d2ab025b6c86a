package org.masthead.accounts;

/** Someone changed their name, bio or picture; bylines that belong to them follow. */
public record ProfileUpdated(long userId, String displayName, String bio, String avatarUrl) {
}
