package org.masthead.publishing.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.masthead.pages.PageHead;
import org.masthead.pages.Pager;
import org.masthead.publishing.ArticleDetail;
import org.masthead.publishing.Publication;
import org.masthead.publishing.Publishing;
import org.masthead.publishing.Taxonomy;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes what each page tells search engines and social networks: canonical address, OpenGraph and
 * Twitter card fields, feeds, and for articles the schema.org {@code NewsArticle} that news search
 * reads.
 */
@Component
class PageHeads {

    private static final int DESCRIPTION_LENGTH = 200;

    private final Publishing publishing;
    private final JsonMapper json;

    PageHeads(Publishing publishing, JsonMapper json) {
        this.publishing = publishing;
        this.json = json;
    }

    /**
     * @param more structured data the sections under the article add to it
     * @param feeds feeds of what the sections show, announced after the site's own
     */
    PageHead article(ArticleDetail a, Map<String, Object> more, List<PageHead.FeedLink> feeds) {
        Publication p = publishing.publication();
        String url = p.absolute(a.path());
        String image = a.image() == null ? null : p.absolute(a.image().largest());
        List<PageHead.FeedLink> allFeeds = new java.util.ArrayList<>(siteFeeds(p));
        allFeeds.addAll(feeds);
        return new PageHead(a.headline(), shorten(a.standfirst()), url, "article", image,
                a.image() == null ? null : a.image().alt(), newsArticle(a, url, more), List.copyOf(allFeeds), true,
                null, null, List.of());
    }

    /** A list page; page numbers beyond the first are their own canonical addresses. */
    PageHead listing(String title, String description, Pager pager, String feedPath, String feedTitle) {
        Publication p = publishing.publication();
        String canonical = p.absolute(pager.number() == 1 ? pager.path() : pager.path() + "?page=" + pager.number());
        List<PageHead.FeedLink> feeds = feedPath == null ? siteFeeds(p) : List.of(
                new PageHead.FeedLink(feedTitle + " (RSS)", "application/rss+xml", p.absolute(feedPath + "/feed.xml")),
                new PageHead.FeedLink(feedTitle + " (Atom)", "application/atom+xml", p.absolute(feedPath + "/atom.xml")));
        return new PageHead(title, shorten(description), canonical, "website", null, null, null, feeds, true,
                pager.previousUrl(), pager.nextUrl(), List.of());
    }

    PageHead home() {
        Publication p = publishing.publication();
        String description = p.tagline().isBlank() ? p.name() : p.tagline();
        return new PageHead(p.name(), description, p.absolute("/"), "website", logo(p), p.name(), website(p),
                siteFeeds(p), true, null, null, List.of());
    }

    PageHead plain(String title, String description, String path) {
        Publication p = publishing.publication();
        return new PageHead(title, shorten(description), p.absolute(path), "website", null, null, null,
                siteFeeds(p), true, null, null, List.of());
    }

    private List<PageHead.FeedLink> siteFeeds(Publication p) {
        return List.of(new PageHead.FeedLink(p.name() + " (RSS)", "application/rss+xml", p.absolute("/feed.xml")),
                new PageHead.FeedLink(p.name() + " (Atom)", "application/atom+xml", p.absolute("/atom.xml")));
    }

    private String newsArticle(ArticleDetail a, String url, Map<String, Object> more) {
        Publication p = publishing.publication();
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "NewsArticle");
        ld.put("mainEntityOfPage", Map.of("@type", "WebPage", "@id", url));
        ld.put("url", url);
        ld.put("headline", a.headline());
        if (!a.standfirst().isBlank()) {
            ld.put("description", a.standfirst());
        }
        if (a.image() != null) {
            ld.put("image", List.of(p.absolute(a.image().largest())));
        }
        if (a.published() != null) {
            ld.put("datePublished", a.published().iso());
        }
        ld.put("dateModified", a.updated().iso());
        if (a.section() != null) {
            ld.put("articleSection", a.section().name());
        }
        if (!a.tags().isEmpty()) {
            ld.put("keywords", a.tags().stream().map(Taxonomy.Tag::name).toList());
        }
        ld.put("inLanguage", p.language());
        ld.put("author", a.authors().stream().map(author -> Map.of("@type", "Person", "name", author.name(),
                "url", p.absolute(author.path()))).toList());
        ld.put("publisher", organization(p));
        more.forEach(ld::putIfAbsent);
        return toScriptSafeJson(ld);
    }

    private String website(Publication p) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "WebSite");
        ld.put("name", p.name());
        ld.put("url", p.absolute("/"));
        ld.put("publisher", organization(p));
        ld.put("potentialAction", Map.of("@type", "SearchAction",
                "target", p.absolute("/search?q={query}"), "query-input", "required name=query"));
        return toScriptSafeJson(ld);
    }

    private Map<String, Object> organization(Publication p) {
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("@type", "Organization");
        org.put("name", p.name());
        org.put("url", p.absolute("/"));
        if (p.logoUrl() != null) {
            org.put("logo", Map.of("@type", "ImageObject", "url", p.absolute(p.logoUrl())));
        }
        return org;
    }

    private static String logo(Publication p) {
        return p.logoUrl() == null ? null : p.absolute(p.logoUrl());
    }

    /** JSON that cannot end its script element early, whatever an author typed into a headline. */
    private String toScriptSafeJson(Object value) {
        return json.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    static String shorten(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= DESCRIPTION_LENGTH) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', DESCRIPTION_LENGTH - 1);
        return flat.substring(0, cut > 0 ? cut : DESCRIPTION_LENGTH - 1) + "…";
    }
}
