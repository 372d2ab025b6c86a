package org.masthead.discussion;

/**
 * A comment as it arrives, for moderation to judge before it is stored.
 *
 * @param userId the signed-in member who wrote it, or null for a guest
 * @param email the writer's address (a guest's as typed, a member's from their account); never shown
 * @param clientHash a keyed hash of the writer's network address, to recognise repeat senders without keeping addresses
 * @param staff whether the writer works for the publication
 */
public record NewComment(long articleId, Long parentId, Long userId, String authorName, String email, String website,
        String body, String clientHash, boolean staff) {
}
