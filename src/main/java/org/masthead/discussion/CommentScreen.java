package org.masthead.discussion;

/**
 * Decides whether a new comment is published at once, held for a moderator, or taken for spam.
 * Declared here and implemented by moderation; without an implementation every comment is approved.
 */
public interface CommentScreen {

    CommentStatus screen(NewComment comment);
}
