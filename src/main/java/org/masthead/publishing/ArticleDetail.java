package org.masthead.publishing;

import java.util.List;

/** A whole article, as its page shows it. */
public record ArticleDetail(long id, String slug, String headline, String standfirst, String bodyHtml, int words,
        String status, Dateline published, Dateline updated, SectionLink section, LeadImage image,
        List<AuthorRef> authors, List<TagRef> tags) {

    static final String PUBLISHED = "published";

    public String path() {
        return "/articles/" + slug;
    }

    public boolean isPublished() {
        return PUBLISHED.equals(status);
    }

    /** Whether it was corrected or changed noticeably after it went out. */
    public boolean wasUpdated() {
        return published != null && updated.instant().isAfter(published.instant().plusSeconds(600));
    }

    public int minutesToRead() {
        return Math.max(1, Math.round(words / 230f));
    }
}
