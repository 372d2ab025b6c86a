/**
 * Moderation: the rules that keep abuse out of the discussion (pre-moderation, word and link rules,
 * blocked domains, a local explainable scorer), readers' reports, the queue in the newsroom, bans and
 * an audit of every action. Decides about new comments through discussion's
 * {@link org.masthead.discussion.CommentScreen} and acts through {@link org.masthead.discussion.Discussion};
 * no reader's words leave the server.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Moderation",
        allowedDependencies = { "discussion", "publishing", "accounts", "newsroom", "notifications" })
package org.masthead.moderation;
