package org.masthead.discussion;

/**
 * A comment as it arrives, for moderation to judge before it is stored (or an edited one, again).
 *
 * @param commentId the comment's number when it is an edit of a stored one, else null
 * @param userId the signed-in member who wrote it, or null for a guest
 * @param email the writer's address (a guest's as typed, a member's from their account); never shown
 * @param clientHash a keyed hash of the writer's network address, to recognise repeat senders without keeping addresses
 * @param staff whether the writer works for the publication
 * @param holdAccepted whether the writer, told that the comment may be held, chose to post it anyway
 */
public record NewComment(Long commentId, long articleId, Long parentId, Long userId, String authorName, String email,
        String website, String body, String clientHash, boolean staff, boolean holdAccepted) {

    /** How moderation files the writer: by account, or by the address a guest gave. */
    public String writer() {
        return userId != null ? "u:" + userId : "e:" + email;
    }
}
