package org.masthead.pages;

import java.util.Set;

/**
 * Something changed, and the pages that show any of these {@link PageTopics} are out of date. The
 * one event with which every module tells the page cache what to drop, so that the cache never has
 * to know a feature's own events.
 *
 * @param meanwhile whether the old pages may still be served while one new rendering of each is made
 *     (a new comment, many of which may arrive in a second), rather than dropped at once (a withdrawn
 *     article, which must be gone)
 */
public record PagesChanged(Set<String> topics, boolean meanwhile) {

    public PagesChanged {
        topics = Set.copyOf(topics);
    }

    public PagesChanged(Set<String> topics) {
        this(topics, false);
    }

    public static PagesChanged of(String... topics) {
        return new PagesChanged(Set.of(topics));
    }

    /** Pages to render again, served as they were until then: one rendering for any number of changes. */
    public static PagesChanged refreshing(String... topics) {
        return new PagesChanged(Set.of(topics), true);
    }

    /** A change every page shows, such as the publication's name. */
    public static PagesChanged everywhere() {
        return of(PageTopics.EVERY_PAGE);
    }

    public boolean touchesEveryPage() {
        return topics.contains(PageTopics.EVERY_PAGE);
    }
}
