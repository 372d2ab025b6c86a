package org.masthead.accounts;

/**
 * Someone changed their name, bio or picture; bylines that belong to them follow.
 *
 * @param avatarUrl the address of the portrait this change set, or null when it set none
 */
public record ProfileUpdated(long userId, String displayName, String bio, String avatarUrl) {
}
