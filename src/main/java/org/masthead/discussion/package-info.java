/**
 * Discussion: the comment section under every article — threads, votes, sorting and paging,
 * inline feedback on a passage, email subscriptions and live "new comments" notices. It plugs in
 * under the article through publishing's {@link org.masthead.publishing.ArticleSection}; moderation
 * decides about new comments through {@link org.masthead.discussion.CommentScreen} and listens to
 * the events ({@link org.masthead.discussion.CommentPosted} and the rest).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Discussion",
        allowedDependencies = { "publishing", "accounts", "notifications" })
package org.masthead.discussion;
