package org.masthead.discussion;

/**
 * A comment became public: posted approved, or approved later by a moderator.
 *
 * @param sequence its place in the order of approvals, from which live readers resume
 */
public record CommentApproved(long commentId, long articleId, long sequence) {
}
