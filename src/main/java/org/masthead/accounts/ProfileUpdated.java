package org.masthead.accounts;

/**
 * Someone changed their name, bio or picture; bylines that belong to them follow.
 *
 * @param pictureId the media library's picture they chose, when this change set one; else null
 */
public record ProfileUpdated(long userId, String displayName, String bio, Long pictureId) {
}
