package org.masthead.pages;

import java.util.Set;

/**
 * Something changed, and the pages that show any of these {@link PageTopics} are out of date. The
 * one event with which every module tells the page cache what to drop, so that the cache never has
 * to know a feature's own events.
 */
public record PagesChanged(Set<String> topics) {

    public PagesChanged {
        topics = Set.copyOf(topics);
    }

    public static PagesChanged of(String... topics) {
        return new PagesChanged(Set.of(topics));
    }

    /** A change every page shows, such as the publication's name. */
    public static PagesChanged everywhere() {
        return of(PageTopics.EVERY_PAGE);
    }

    public boolean touchesEveryPage() {
        return topics.contains(PageTopics.EVERY_PAGE);
    }
}
