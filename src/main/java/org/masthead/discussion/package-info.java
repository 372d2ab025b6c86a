/**
 * Discussion: the comment section under every article — threads, votes, sorting and paging,
 * inline feedback on a passage, email subscriptions and live "new comments" notices. May use
 * publishing and accounts; moderation listens to its events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Discussion")
package org.masthead.discussion;
