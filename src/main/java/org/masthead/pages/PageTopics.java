package org.masthead.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The vocabulary shared by pages and the changes that outdate them. A handler that renders a page
 * any anonymous reader may be served from memory names what the page shows ({@link #attach});
 * a change names what it touched ({@link PagesChanged}); the page cache drops exactly the pages
 * whose topics meet the change's.
 */
public final class PageTopics {

    /** Every page at once: a change to what all of them show, such as the publication's name or its sections. */
    public static final String EVERY_PAGE = "*";

    /** Every page that lists articles regardless of section, tag or author (home, latest, feeds, sitemaps). */
    public static final String ALL_ARTICLES = "articles";

    /** Pages that show only the publication's own settings (support page, robots.txt); any settings change drops every page anyway. */
    public static final String PUBLICATION = "publication";

    /**
     * Every page that shows articles as cards, with the figures other modules add to cards (the number
     * of comments): a change to a figure refreshes them.
     */
    public static final String CARDS = "cards";

    /** Every article page, for the rare change that shows on all of them (a renamed tag). */
    public static final String ARTICLE_PAGES = "article-pages";

    private static final String ATTRIBUTE = PageTopics.class.getName();

    private PageTopics() {
    }

    public static String article(long id) {
        return "article:" + id;
    }

    public static String section(String slug) {
        return "section:" + slug;
    }

    public static String tag(String slug) {
        return "tag:" + slug;
    }

    /** Pages that list an author's articles. */
    public static String author(String slug) {
        return "author:" + slug;
    }

    /** Pages that show an author's name or bio in a byline. */
    public static String byline(long authorId) {
        return "byline:" + authorId;
    }

    public static String archive(int year, int month) {
        return "archive:%04d-%02d".formatted(year, month);
    }

    /** Marks the page being rendered as cacheable for anonymous readers, depending on these topics. */
    public static void attach(HttpServletRequest request, String... topics) {
        attach(request, java.util.Arrays.asList(topics));
    }

    public static void attach(HttpServletRequest request, Collection<String> topics) {
        Set<String> attached = attached(request);
        if (attached == null) {
            attached = new LinkedHashSet<>();
            request.setAttribute(ATTRIBUTE, attached);
        }
        attached.addAll(topics);
    }

    /** The topics the page declared, or null when it did not declare itself cacheable. */
    @SuppressWarnings("unchecked")
    public static Set<String> attached(HttpServletRequest request) {
        return (Set<String>) request.getAttribute(ATTRIBUTE);
    }
}
