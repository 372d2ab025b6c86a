package org.masthead.publishing;

/**
 * A saved article changed, in whatever state it is (see {@link ArticleRef#status()}): its text,
 * its address, its byline or its schedule.
 */
public record ArticleUpdated(ArticleRef article) {
}
