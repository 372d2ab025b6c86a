package org.masthead.discussion;

/** A comment as stored, with its counts; what a page shows is made from it. */
record StoredComment(long id, long articleId, Long parentId, long threadId, int depth, Long userId, String guestId,
        String authorName, String authorEmail, String authorWebsite, String bodyMarkdown, String bodyHtml,
        CommentStatus status, Long approvedSeq, int upVotes, int downVotes, int score, int replies, int threadReplies,
        String quote, String quotePrefix, String quoteSuffix, Long questionId, long createdAt, Long editedAt,
        Long deletedAt, Long pickedAt) {

    boolean isPublic() {
        return status == CommentStatus.APPROVED && deletedAt == null;
    }

    boolean isDeleted() {
        return deletedAt != null;
    }

    boolean isTopLevel() {
        return parentId == null;
    }
}
