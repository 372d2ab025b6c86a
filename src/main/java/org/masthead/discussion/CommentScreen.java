package org.masthead.discussion;

/**
 * Decides what becomes of a new comment: published at once, held for a moderator, taken for spam, or
 * refused with a reason. Declared here and implemented by moderation; without an implementation every
 * comment is published and every discussion is open.
 */
public interface CommentScreen {

    Screening screen(NewComment comment);

    /**
     * Why the article takes no new comments (closed by the newsroom, or by age), or null while it does.
     * Asked for every page that shows the comment form, so it must be quick.
     */
    default String closed(org.masthead.publishing.ArticleRef article) {
        return null;
    }

    /**
     * Why this reader may not vote (a ban, say), or null while they may. Asked at every vote, so it
     * must be quick.
     *
     * @param userId their account, or null for a guest
     * @param email their account's address, or null
     * @param clientHash the keyed hash of their network address
     */
    default String barredFromVoting(Long userId, String email, String clientHash) {
        return null;
    }
}
