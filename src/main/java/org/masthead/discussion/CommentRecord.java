package org.masthead.discussion;

/**
 * A stored comment as moderation reads it: who wrote it, where, what, and where it stands.
 *
 * @param authorEmail a guest's address; null for a member (whose address is their account's)
 * @param clientHash the keyed hash of the network address it came from
 */
public record CommentRecord(long id, long articleId, Long parentId, long threadId, int depth, Long userId,
        String authorName, String authorEmail, String clientHash, String bodyMarkdown, String bodyHtml,
        CommentStatus status, int replies, String quote, long createdAt, Long editedAt, Long deletedAt, Long pickedAt) {

    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** How moderation files the writer: by account, or by the address a guest gave. */
    public String writer() {
        return userId != null ? "u:" + userId : "e:" + authorEmail;
    }
}
