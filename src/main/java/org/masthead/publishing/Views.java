package org.masthead.publishing;

import java.util.List;

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
    public record Listing(String kicker, String title, String intro, AuthorProfile author,
            List<ArticleCard> articles, Pager pager, String feedPath) {
    }

    public record Article(ArticleDetail article, String supportName) {
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

    public record Search(String query, List<SearchResult> results, Pager pager, boolean tooShort) {
    }

    /** A found article with its headline and excerpt as safe HTML, matches in {@code <mark>}. */
    public record SearchResult(ArticleCard card, String headlineHtml, String excerptHtml) {
    }
}
