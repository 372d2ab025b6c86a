package org.masthead.discussion;

/** A public comment left public view: deleted by its writer, or taken down by a moderator. */
public record CommentWithdrawn(long commentId, long articleId) {
}
