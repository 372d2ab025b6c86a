package org.masthead.publishing;

import java.util.List;

/** An article as a list shows it. */
public record ArticleCard(long id, String slug, String headline, String standfirst, Dateline published,
        Dateline updated, SectionLink section, LeadImage image, List<AuthorRef> authors) {

    public String path() {
        return "/articles/" + slug;
    }

    /** "Ana Ruiz and Tom Bell". */
    public String authorNames() {
        return Bylines.names(authors);
    }
}
