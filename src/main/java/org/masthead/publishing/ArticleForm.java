package org.masthead.publishing;

import java.util.List;

/**
 * An article as the editor's form carries it, both ways: what the page shows and what was typed.
 *
 * @param version the version the writer started from; a save from an older one is refused
 * @param tags the tag names, comma-separated as typed
 * @param scheduleAt a local date and time in the publication's time zone ("2026-12-01T07:30"), for scheduling
 */
public record ArticleForm(Long id, Integer version, String headline, String slug, String standfirst, String body,
        Long sectionId, List<Long> authorIds, String tags, Long leadMediaId, String scheduleAt) {

    static ArticleForm blank(Long defaultAuthorId) {
        return new ArticleForm(null, null, "", "", "", "", null,
                defaultAuthorId == null ? List.of() : List.of(defaultAuthorId), "", null, "");
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean hasAuthor(long authorId) {
        return authorIds != null && authorIds.contains(authorId);
    }
}
