package org.masthead.publishing;

import java.util.List;
import org.masthead.media.Picture;
import org.masthead.pages.Dateline;

/** A whole article, as its page shows it. */
public record ArticleDetail(long id, String slug, String headline, String standfirst, String bodyHtml, int words,
        ArticleStatus status, Dateline published, Dateline updated, SectionLink section, Picture image,
        List<AuthorRef> authors, List<Taxonomy.Tag> tags) {

    public String path() {
        return "/articles/" + slug;
    }

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    /** The article as other modules refer to it. */
    public ArticleRef ref() {
        return new ArticleRef(id, slug, headline, status, published == null ? null : published.instant());
    }

    /** Whether it was corrected or changed noticeably after it went out. */
    public boolean wasUpdated() {
        return published != null && updated.instant().isAfter(published.instant().plusSeconds(600));
    }

    public int minutesToRead() {
        return Math.max(1, Math.round(words / 230f));
    }
}
