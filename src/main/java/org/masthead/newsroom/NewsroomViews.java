package org.masthead.newsroom;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.masthead.media.Media;
import org.masthead.pages.Pager;
import org.masthead.publishing.Author;
import org.masthead.publishing.Editorial;
import org.masthead.publishing.Taxonomy;

/** The records the newsroom's templates read. */
final class NewsroomViews {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm");

    private NewsroomViews() {
    }

    /** "25 Nov 2026, 08:15" in the publication's time zone, for the newsroom's tables. */
    static String stamp(Instant instant, ZoneId zone) {
        return STAMP.format(instant.atZone(zone));
    }

    /** A choice in a select or a list of boxes. */
    public record Option(long id, String label) {
    }

    public record ArticleList(List<Editorial.Row> rows, Editorial.Stage stage, Long sectionId, Long authorId,
            String query, List<Option> sections, List<Option> authors, Pager pager, ZoneId zone) {

        /** The stages the list can be filtered by. */
        public List<Editorial.Stage> stages() {
            return Arrays.stream(Editorial.Stage.values()).filter(s -> s != Editorial.Stage.UNPUBLISHED).toList();
        }

        public String when(Instant instant) {
            return stamp(instant, zone);
        }
    }

    /**
     * The editor: the form, the choices it offers, what the writer may do, and the problems found.
     *
     * @param errors messages by form field; the empty key holds a problem with the whole form
     */
    public record Editor(ArticleForm form, Editorial.Stage stage, String publicPath, List<Option> sections,
            List<Option> authors, List<Option> media, boolean mayPublish, Map<String, String> errors, String notice,
            String previewHtml, String scheduledLabel, String timeZone) {

        public String errorFor(String field) {
            return errors.get(field);
        }

        public String formError() {
            return errors.get("");
        }

        public boolean isLive() {
            return stage == Editorial.Stage.PUBLISHED;
        }

        public boolean mayUnpublish() {
            return mayPublish && (stage == Editorial.Stage.PUBLISHED || stage == Editorial.Stage.SCHEDULED);
        }
    }

    /** A saved state of an article, with the name of whoever saved it. */
    public record Revision(long id, int version, String headline, String standfirst, String bodyMarkdown,
            String status, String savedBy, Instant savedAt) {
    }

    public record Revisions(long articleId, String headline, List<Revision> revisions, Revision compared,
            List<DiffLine> diff, boolean mayRestore, ZoneId zone) {

        public String when(Instant instant) {
            return stamp(instant, zone);
        }
    }

    /** A line of a diff: "same", "added" or "removed". */
    public record DiffLine(String kind, String text) {
    }

    /** The editors' page for sections, authors or tags, with the last problem or success. */
    public record TaxonomyPage(List<Taxonomy.Section> sections, List<Author> authors, List<Taxonomy.TagUse> tags,
            List<Option> staff, String error, String notice) {
    }

    public record MediaLibraryPage(List<Media> items, String query, Pager pager, String error, String notice) {
    }

    public record MediaItem(Media media, String error, String notice) {
    }

    /** The questions put to readers about passages of one article, and the form to ask another. */
    public record Questions(long articleId, String headline, List<org.masthead.publishing.ReaderQuestion> questions,
            String quote, String question, String errorField, String error) {

        public String errorFor(String field) {
            return field.equals(errorField) ? error : null;
        }
    }
}
