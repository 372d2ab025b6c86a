package org.masthead.publishing;

import java.util.List;
import org.masthead.accounts.Member;

/** The records the newsroom's templates read. */
public final class NewsroomViews {

    private static final java.time.format.DateTimeFormatter STAMP =
            java.time.format.DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm");

    private NewsroomViews() {
    }

    /** "25 Nov 2026, 08:15" in the publication's time zone, for the newsroom's tables. */
    static String stamp(long millis, java.time.ZoneId zone) {
        return STAMP.format(java.time.Instant.ofEpochMilli(millis).atZone(zone));
    }

    /** A row of the newsroom's article list. */
    public record Row(long id, String slug, String headline, String status, Long publishedAt, Long submittedAt,
            long updatedAt, String sectionName, String authorNames) {

        public String statusLabel() {
            return switch (status) {
                case "published" -> "Published";
                case "scheduled" -> "Scheduled";
                default -> submittedAt != null ? "In review" : publishedAt != null ? "Unpublished" : "Draft";
            };
        }
    }

    /** One saved state of an article. */
    public record Revision(long id, int version, String slug, String headline, String standfirst, String bodyMarkdown,
            String status, String savedBy, long savedAt) {
    }


    /** A tag and how many articles carry it. */
    public record TagUse(long id, String slug, String name, long articles) {
    }

    public record SectionRow(long id, String slug, String name, String description) {
    }

    /** The editors' page for sections, authors or tags, with the last problem or success. */
    public record Taxonomy(List<SectionRow> sections, List<AuthorProfile> authors, List<TagUse> tags,
            List<Option> staff, String error, String notice) {
    }

    public record MediaLibraryPage(List<Media> items, String query, Pager pager, String error, String notice) {
    }

    public record MediaItem(Media media, String error, String notice) {
    }

    /** Who is at the desk, for the newsroom's header. */
    public record Desk(String publicationName, Member member, boolean mayManage) {
    }

    public record Option(long id, String label) {
    }

    public record ArticleList(List<Row> rows, String status, Long sectionId, Long authorId,
            String query, List<Option> sections, List<Option> authors, Pager pager, java.time.ZoneId zone) {

        public String when(long millis) {
            return stamp(millis, zone);
        }
    }

    /**
     * The editor: the form, the choices it offers, what the writer may do, and the last problem.
     *
     * @param status the stored status ("draft", "scheduled", "published"); "review" when a draft awaits review
     */
    public record Editor(ArticleForm form, String status, String publicPath, List<Option> sections,
            List<Option> authors, List<Option> media, boolean mayPublish, String errorField, String error,
            String notice, String previewHtml, String scheduledLabel, String timeZone) {

        public String errorFor(String field) {
            return field.equals(errorField) ? error : null;
        }

        public String formError() {
            return errorField == null ? error : null;
        }
    }

    public record Revisions(long articleId, String headline, List<Revision> revisions,
            Revision compared, List<DiffLine> diff, boolean mayRestore, String currentSlug, java.time.ZoneId zone) {

        public String when(long millis) {
            return stamp(millis, zone);
        }
    }

    /** A line of a diff: "same", "added" or "removed". */
    public record DiffLine(String kind, String text) {
    }
}
