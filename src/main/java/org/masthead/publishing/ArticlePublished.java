package org.masthead.publishing;

/** An article went out: saved as published, or its scheduled time came. */
public record ArticlePublished(ArticleRef article) {
}
