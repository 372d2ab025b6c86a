package org.masthead.publishing;

/** A published article was taken off the site; its address answers 410 Gone until it is published again. */
public record ArticleWithdrawn(ArticleRef article) {
}
