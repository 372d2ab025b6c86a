package org.masthead.discussion;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the discussion behaves ({@code masthead.discussion.*}).
 *
 * @param depth how deep replies are shown nested; deeper replies attach at this depth, "in reply to" their parent
 * @param threadsPerPage top-level threads per page before "Load more"
 * @param repliesShown replies shown with each thread before "View N more replies"
 * @param editWindow how long a writer may edit or delete their comment (not once it has replies)
 * @param longest the longest comment, in characters
 * @param secondsOnPage the shortest time between showing the form and posting it; quicker is a program
 * @param postsPerClient comments one network address may post per minute
 * @param postsPerWriter comments one account or guest may post per minute
 * @param votesPerClient votes one network address may cast per minute
 */
@ConfigurationProperties("masthead.discussion")
record DiscussionSettings(int depth, int threadsPerPage, int repliesShown, Duration editWindow, int longest,
        int secondsOnPage, int postsPerClient, int postsPerWriter, int votesPerClient) {

    DiscussionSettings {
        // Refused when the application starts, rather than as a failing page when the first reply comes.
        if (depth < 2) {
            throw new IllegalArgumentException("masthead.discussion.depth must be at least 2 (a comment and its "
                    + "replies); it is " + depth);
        }
        if (threadsPerPage < 1 || repliesShown < 1 || longest < 1) {
            throw new IllegalArgumentException("masthead.discussion.threads-per-page, replies-shown and longest "
                    + "must each be at least 1");
        }
    }
}
