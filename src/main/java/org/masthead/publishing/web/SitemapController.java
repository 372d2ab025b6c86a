package org.masthead.publishing.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.masthead.pages.PageTopics;
import org.masthead.pages.TypedText;
import org.masthead.publishing.ArticleCard;
import org.masthead.publishing.Publication;
import org.masthead.publishing.Publishing;
import org.masthead.publishing.Publishing.Listing;
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
 * Written with the JDK's XML writer, which escapes whatever a headline holds.
 */
@Controller
class SitemapController {

    static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");
    static final Duration NEWS_WINDOW = Duration.ofHours(48);
    static final int MONTH_LIMIT = 50_000;
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";
    private static final XMLOutputFactory WRITERS = XMLOutputFactory.newFactory();

    private final Publishing publishing;
    private final Clock clock;

    SitemapController(Publishing publishing, Clock clock) {
        this.publishing = publishing;
        this.clock = clock;
    }

    /** Writes one XML document; the lambda writes what goes inside the root element. */
    @FunctionalInterface
    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> index(HttpServletRequest request) {
        Publication p = publishing.publication();
        ZoneId zone = p.timeZone();
        Map<YearMonth, Instant> months = new LinkedHashMap<>();
        for (Instant at : publishing.publicationTimes()) {
            months.merge(YearMonth.from(at.atZone(zone)), at, (a, b) -> a.isAfter(b) ? a : b);
        }
        String xml = document("sitemapindex", false, out -> {
            sitemap(out, p.absolute("/sitemap-pages.xml"), null);
            for (var month : months.entrySet()) {
                sitemap(out, p.absolute("/sitemap-articles-%d-%02d.xml".formatted(month.getKey().getYear(),
                        month.getKey().getMonthValue())), month.getValue());
            }
        });
        return respond(request, xml, PageTopics.ALL_ARTICLES);
    }

    @GetMapping("/sitemap-pages.xml")
    ResponseEntity<String> pages(HttpServletRequest request) {
        Publication p = publishing.publication();
        String xml = document("urlset", false, out -> {
            for (String path : List.of("/", "/latest", "/archive", "/support")) {
                url(out, p.absolute(path), null);
            }
            for (var section : publishing.sections()) {
                url(out, p.absolute(section.path()), null);
            }
            for (var author : publishing.authors()) {
                url(out, p.absolute(author.path()), null);
            }
        });
        return respond(request, xml, PageTopics.ALL_ARTICLES);
    }

    @GetMapping("/sitemap-articles-{year:\\d{4}}-{month:\\d{2}}.xml")
    ResponseEntity<String> month(@PathVariable int year, @PathVariable int month, HttpServletRequest request) {
        if (month < 1 || month > 12) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no month " + month + ".");
        }
        Publication p = publishing.publication();
        List<ArticleCard> cards = publishing.published(Listing.month(YearMonth.of(year, month), p.timeZone()),
                MONTH_LIMIT, 0);
        if (cards.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Nothing was published that month.");
        }
        String xml = document("urlset", false, out -> {
            for (ArticleCard c : cards) {
                url(out, p.absolute(c.path()), c.updated().instant());
            }
        });
        return respond(request, xml, PageTopics.archive(year, month));
    }

    @GetMapping("/news-sitemap.xml")
    ResponseEntity<String> news(HttpServletRequest request) {
        Publication p = publishing.publication();
        Instant now = clock.instant();
        List<ArticleCard> recent = publishing.published(Listing.between(now.minus(NEWS_WINDOW), now.plusSeconds(1)),
                1000, 0);
        String xml = document("urlset", true, out -> {
            for (ArticleCard c : recent) {
                out.writeStartElement("url");
                element(out, "loc", p.absolute(c.path()));
                out.writeStartElement(NEWS, "news");
                out.writeStartElement(NEWS, "publication");
                element(out, NEWS, "name", p.name());
                element(out, NEWS, "language", p.language());
                out.writeEndElement();
                element(out, NEWS, "publication_date", c.published().iso());
                element(out, NEWS, "title", c.headline());
                out.writeEndElement();
                out.writeEndElement();
            }
        });
        // The window moves with the clock, so this one is never held for long.
        return ResponseEntity.ok().contentType(XML).header("Cache-Control", "public, max-age=300").body(xml);
    }

    private static ResponseEntity<String> respond(HttpServletRequest request, String xml, String topic) {
        PageTopics.attach(request, topic);
        return ResponseEntity.ok().contentType(XML).body(xml);
    }

    private static String document(String root, boolean news, Body body) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = WRITERS.createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(SITEMAP);
            xml.writeStartElement(SITEMAP, root);
            xml.writeDefaultNamespace(SITEMAP);
            if (news) {
                xml.setPrefix("news", NEWS);
                xml.writeNamespace("news", NEWS);
            }
            body.write(xml);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        }
        catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write a sitemap", e);
        }
        return text.append('\n').toString();
    }

    private static void sitemap(XMLStreamWriter xml, String loc, Instant lastModified) throws XMLStreamException {
        xml.writeStartElement("sitemap");
        element(xml, "loc", loc);
        if (lastModified != null) {
            element(xml, "lastmod", w3c(lastModified));
        }
        xml.writeEndElement();
    }

    private static void url(XMLStreamWriter xml, String loc, Instant lastModified) throws XMLStreamException {
        xml.writeStartElement("url");
        element(xml, "loc", loc);
        if (lastModified != null) {
            element(xml, "lastmod", w3c(lastModified));
        }
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(TypedText.forXml(text));
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String namespace, String name, String text) throws XMLStreamException {
        xml.writeStartElement(namespace, name);
        xml.writeCharacters(TypedText.forXml(text));
        xml.writeEndElement();
    }

    private static String w3c(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
