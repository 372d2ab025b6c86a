package org.masthead.publishing.web;

import gg.jte.Content;
import java.util.List;
import org.masthead.pages.Pager;
import org.masthead.publishing.ArticleCard;
import org.masthead.publishing.ArticleDetail;
import org.masthead.publishing.Author;
import org.masthead.publishing.SectionLink;

/** The records the publishing templates read; nothing here touches the database. */
public final class Views {

    private Views() {
    }

    /** The front page: one lead story, the latest beneath it, then a block per section. */
    public record Home(ArticleCard lead, List<ArticleCard> latest, List<SectionBlock> sections) {
    }

    public record SectionBlock(SectionLink section, List<ArticleCard> articles) {
    }

    /**
     * Any list of articles: a section, a tag, an author, a month or simply the latest.
     *
     * @param kicker the small label above the title ("Section", "Tag", "Archive")
     * @param author the author's profile on an author page, else null
     */
    public record Listing(String kicker, String title, String intro, Author author,
            List<ArticleCard> articles, Pager pager, String feedPath) {
    }

    /** @param below what other modules add under the story, in their order */
    public record Article(ArticleDetail article, String supportName, List<Content> below) {
    }

    public record Archive(List<ArchiveYear> years) {
    }

    public record ArchiveYear(int year, List<ArchiveMonth> months) {
    }

    public record ArchiveMonth(int year, int month, String name, int count) {

        public String path() {
            return "/archive/%d/%02d".formatted(year, month);
        }
    }
}
