package org.masthead.publishing;

import java.time.Instant;

/**
 * An article as other modules refer to it: enough to link to it and to know whether readers can
 * see it, without its text.
 *
 * @param publishedAt when it went or goes out; null for a draft that never did
 */
public record ArticleRef(long id, String slug, String headline, ArticleStatus status, Instant publishedAt) {

    public String path() {
        return "/articles/" + slug;
    }

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }
}
