package org.masthead.publishing;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Sitemaps for search engines: an index pointing at one sitemap of fixed pages and one per month
 * of articles (so no file nears the 50,000-address limit), and a news sitemap of the last 48 hours.
 */
@Controller
class SitemapController {

    static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");
    static final Duration NEWS_WINDOW = Duration.ofHours(48);
    static final int MONTH_LIMIT = 50_000;

    private final ArticleRepository articles;
    private final SectionRepository sections;
    private final AuthorRepository authors;
    private final Publishing publishing;
    private final java.time.Clock clock;

    SitemapController(ArticleRepository articles, SectionRepository sections, AuthorRepository authors,
            Publishing publishing, java.time.Clock clock) {
        this.articles = articles;
        this.sections = sections;
        this.authors = authors;
        this.publishing = publishing;
        this.clock = clock;
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> index(HttpServletRequest request) {
        Publication p = publishing.publication();
        ZoneId zone = p.timeZone();
        Map<YearMonth, Instant> months = new LinkedHashMap<>();
        for (Instant at : articles.publicationTimes()) {
            months.merge(YearMonth.from(at.atZone(zone)), at, (a, b) -> a.isAfter(b) ? a : b);
        }
        StringBuilder xml = new StringBuilder(header())
                .append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        xml.append("  <sitemap><loc>").append(escape(p.absolute("/sitemap-pages.xml"))).append("</loc></sitemap>\n");
        months.forEach((month, latest) -> xml.append("  <sitemap><loc>")
                .append(escape(p.absolute("/sitemap-articles-%d-%02d.xml".formatted(month.getYear(), month.getMonthValue()))))
                .append("</loc><lastmod>").append(w3c(latest)).append("</lastmod></sitemap>\n"));
        xml.append("</sitemapindex>\n");
        return respond(request, xml, PageTopics.ALL_ARTICLES);
    }

    @GetMapping("/sitemap-pages.xml")
    ResponseEntity<String> pages(HttpServletRequest request) {
        Publication p = publishing.publication();
        StringBuilder xml = new StringBuilder(header()).append(urlsetOpen(false));
        url(xml, p.absolute("/"), null);
        url(xml, p.absolute("/latest"), null);
        url(xml, p.absolute("/archive"), null);
        url(xml, p.absolute("/support"), null);
        sections.all().forEach(s -> url(xml, p.absolute("/section/" + s.slug()), null));
        authors.all().forEach(a -> url(xml, p.absolute(a.path()), null));
        xml.append("</urlset>\n");
        return respond(request, xml, PageTopics.ALL_ARTICLES);
    }

    @GetMapping("/sitemap-articles-{year:\\d{4}}-{month:\\d{2}}.xml")
    ResponseEntity<String> month(@PathVariable int year, @PathVariable int month, HttpServletRequest request) {
        if (month < 1 || month > 12) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no month " + month + ".");
        }
        Publication p = publishing.publication();
        YearMonth yearMonth = YearMonth.of(year, month);
        List<ArticleCard> cards = articles.published(ArticleRepository.Listing.month(yearMonth, p.timeZone()), MONTH_LIMIT, 0);
        if (cards.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Nothing was published that month.");
        }
        StringBuilder xml = new StringBuilder(header()).append(urlsetOpen(false));
        cards.forEach(c -> url(xml, p.absolute(c.path()), c.updated().instant()));
        xml.append("</urlset>\n");
        return respond(request, xml, PageTopics.archive(year, month));
    }

    @GetMapping("/news-sitemap.xml")
    ResponseEntity<String> news(HttpServletRequest request) {
        Publication p = publishing.publication();
        Instant now = clock.instant();
        List<ArticleCard> recent = articles.published(
                ArticleRepository.Listing.between(now.minus(NEWS_WINDOW), now.plusSeconds(1)), 1000, 0);
        StringBuilder xml = new StringBuilder(header()).append(urlsetOpen(true));
        for (ArticleCard c : recent) {
            xml.append("  <url>\n    <loc>").append(escape(p.absolute(c.path()))).append("</loc>\n")
                    .append("    <news:news>\n      <news:publication>\n")
                    .append("        <news:name>").append(escape(p.name())).append("</news:name>\n")
                    .append("        <news:language>").append(escape(p.language())).append("</news:language>\n")
                    .append("      </news:publication>\n")
                    .append("      <news:publication_date>").append(c.published().iso()).append("</news:publication_date>\n")
                    .append("      <news:title>").append(escape(c.headline())).append("</news:title>\n")
                    .append("    </news:news>\n  </url>\n");
        }
        xml.append("</urlset>\n");
        // The window moves with the clock, so this one is never held for long.
        return ResponseEntity.ok().contentType(XML).header("Cache-Control", "public, max-age=300").body(xml.toString());
    }

    private static ResponseEntity<String> respond(HttpServletRequest request, StringBuilder xml, String topic) {
        PageTopics.attach(request, topic);
        return ResponseEntity.ok().contentType(XML).body(xml.toString());
    }

    private static String header() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    }

    private static String urlsetOpen(boolean news) {
        return "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                + (news ? " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"" : "") + ">\n";
    }

    private static void url(StringBuilder xml, String loc, Instant lastModified) {
        xml.append("  <url><loc>").append(escape(loc)).append("</loc>");
        if (lastModified != null) {
            xml.append("<lastmod>").append(w3c(lastModified)).append("</lastmod>");
        }
        xml.append("</url>\n");
    }

    private static String w3c(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&apos;");
    }
}
