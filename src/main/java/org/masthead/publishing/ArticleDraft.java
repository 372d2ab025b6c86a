package org.masthead.publishing;

import java.time.Instant;
import java.util.List;

/**
 * An article as it is to be stored, through {@link Editorial}, the one way articles are written.
 *
 * @param slug the address; blank to make one from the headline
 * @param body the Markdown text
 * @param leadPictureId the picture from the media library that leads the article, or null
 * @param tags tag names, created as they are first used
 * @param publishedAt when it went or goes out; required to publish or schedule
 * @param submittedAt when a contributor sent it to review, or null
 * @param updatedAt when it last changed, for articles that arrive with a history (imports, the
 *     demo); null means now
 */
public record ArticleDraft(String slug, String headline, String standfirst, String body, Long leadPictureId,
        Long sectionId, List<Long> authorIds, List<String> tags, ArticleStatus status, Instant publishedAt,
        Instant submittedAt, Instant updatedAt) {

    public static final int MAX_HEADLINE = 200;
    public static final int MAX_STANDFIRST = 400;
    public static final int MAX_BODY = 200_000;
    public static final int MAX_TAGS = 12;
    public static final int MAX_TAG_LENGTH = 40;

    public ArticleDraft {
        authorIds = authorIds == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(authorIds));
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
