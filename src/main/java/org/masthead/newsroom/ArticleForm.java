package org.masthead.newsroom;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.masthead.publishing.ArticleDraft;

/**
 * An article as the editor's form carries it, both ways: what the page shows and what was typed.
 * The constraints are checked as the form is bound, so every problem is shown beside its field at
 * once; rules that need the stored article (a free address, a time in the future) are the desk's.
 *
 * @param version the version the writer started from; a save from an older one is refused
 * @param tags the tag names, comma-separated as typed
 * @param scheduleAt a local date and time in the publication's time zone ("2026-12-01T07:30"), for scheduling
 * @param action what the writer asked for besides saving: save, submit, publish, schedule or unpublish
 * @param leadAlt the alt text, caption and credit for a lead picture uploaded with the form
 */
record ArticleForm(Long id, Integer version,
        @NotBlank(message = "Give the article a headline.")
        @Size(max = ArticleDraft.MAX_HEADLINE, message = "Keep the headline under {max} characters.") String headline,
        @Size(max = 120, message = "Keep the address under {max} characters.") String slug,
        @Size(max = ArticleDraft.MAX_STANDFIRST, message = "Keep the standfirst under {max} characters.") String standfirst,
        @Size(max = ArticleDraft.MAX_BODY, message = "Keep the text under {max} characters.") String body,
        Long sectionId, List<Long> authorIds,
        @Size(max = 600, message = "Keep the tags under {max} characters in all.") String tags,
        Long leadMediaId, String scheduleAt,
        @Pattern(regexp = "save|submit|publish|schedule|unpublish", message = "Choose one of the buttons below the form.")
        String action,
        @Size(max = 300, message = "Keep the alt text under {max} characters.") String leadAlt,
        @Size(max = 600, message = "Keep the caption under {max} characters.") String leadCaption,
        @Size(max = 200, message = "Keep the credit under {max} characters.") String leadCredit) {

    public ArticleForm {
        headline = text(headline);
        slug = text(slug);
        standfirst = text(standfirst);
        body = body == null ? "" : body;
        authorIds = authorIds == null ? List.of() : authorIds;
        tags = text(tags);
        scheduleAt = text(scheduleAt);
        action = action == null || action.isBlank() ? "save" : action;
        leadAlt = text(leadAlt);
        leadCaption = text(leadCaption);
        leadCredit = text(leadCredit);
    }

    static ArticleForm blank() {
        return new ArticleForm(null, null, "", "", "", "", null, List.of(), "", null, "", "save", "", "", "");
    }

    /** The same form leading with another picture, once an upload that came with it is in the library. */
    ArticleForm withLeadPicture(long pictureId) {
        return new ArticleForm(id, version, headline, slug, standfirst, body, sectionId, authorIds, tags, pictureId,
                scheduleAt, action, leadAlt, leadCaption, leadCredit);
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean hasAuthor(long authorId) {
        return authorIds.contains(authorId);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
