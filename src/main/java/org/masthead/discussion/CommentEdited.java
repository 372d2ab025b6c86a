package org.masthead.discussion;

/**
 * A comment's words were changed by its writer and screened again; published inside the change's transaction.
 *
 * @param status where the comment stands after the edit
 */
public record CommentEdited(long commentId, long articleId, CommentStatus status, Screening screening) {
}
