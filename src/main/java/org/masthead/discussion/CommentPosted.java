package org.masthead.discussion;

/** A comment was stored, in whatever status moderation gave it. */
public record CommentPosted(long commentId, long articleId, CommentStatus status) {
}
