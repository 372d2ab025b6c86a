package org.masthead.discussion;

import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The moment a comment form was shown, signed, in a hidden field: a post that comes sooner after it
 * than a person could write is a program's. (On a page from the cache the moment is when the page
 * was made, which only makes the check kinder.)
 */
@Component
class FormStamps {

    /** Longer than a page is kept in the page cache (hours), and than most tabs stay open. */
    private static final Duration OLDEST = Duration.ofDays(2);

    private final DiscussionKeys keys;
    private final DiscussionSettings settings;
    private final Clock clock;

    FormStamps(DiscussionKeys keys, DiscussionSettings settings, Clock clock) {
        this.keys = keys;
        this.settings = settings;
        this.clock = clock;
    }

    String now() {
        String seconds = Long.toString(clock.millis() / 1000);
        return seconds + "." + keys.sign("shown:" + seconds);
    }

    /** Refuses a post whose form was not shown by this site, or was shown too short a while ago. */
    void check(String stamp) {
        String[] parts = stamp == null ? new String[0] : stamp.split("\\.", -1);
        if (parts.length != 2 || !parts[0].matches("\\d{1,12}") || !keys.signed("shown:" + parts[0], parts[1])) {
            throw new DiscussionProblem(400, null, "This comment form did not come from this page. Reload the page and post again; "
                    + "what you wrote is below.");
        }
        long elapsed = clock.millis() / 1000 - Long.parseLong(parts[0]);
        if (elapsed > OLDEST.toSeconds()) {
            // One stamp kept by a program would otherwise serve it for every post, for ever.
            throw new DiscussionProblem(400, null, "This page has been open for days. Reload it and post again; "
                    + "what you wrote is below.");
        }
        if (elapsed < Duration.ofSeconds(settings.secondsOnPage()).toSeconds()) {
            throw DiscussionProblem.input("body", "That was quicker than anyone can read and write. Wait a few seconds, then post again.");
        }
    }
}
