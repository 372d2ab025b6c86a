package org.masthead.discussion;

/**
 * A comment was stored, in the status moderation gave it; published inside the storing transaction.
 *
 * @param screening what moderation made of it, and why
 */
public record CommentPosted(long commentId, long articleId, CommentStatus status, Screening screening) {
}
