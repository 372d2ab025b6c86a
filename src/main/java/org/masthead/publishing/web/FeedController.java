package org.masthead.publishing.web;

import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Date;
import java.util.List;
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

/** RSS 2.0 and Atom feeds of the whole site and of each section, tag and author. */
@Controller
class FeedController {

    static final int ENTRIES = 20;
    static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final Publishing publishing;

    FeedController(Publishing publishing) {
        this.publishing = publishing;
    }

    /** What a feed is about: its title, the page it mirrors and what it lists. */
    private record Subject(String title, String description, String path, Listing listing,
            String topic) {
    }

    @GetMapping("/{format:feed|atom}.xml")
    ResponseEntity<String> site(@PathVariable String format, HttpServletRequest request) {
        Publication p = publishing.publication();
        return feed(format, new Subject(p.name(), p.tagline(), "", Listing.ALL,
                PageTopics.ALL_ARTICLES), request);
    }

    @GetMapping("/section/{slug}/{format:feed|atom}.xml")
    ResponseEntity<String> section(@PathVariable String slug, @PathVariable String format, HttpServletRequest request) {
        var s = publishing.section(ListingController.checkedSlug(slug)).orElseThrow(FeedController::notFound);
        return feed(format, new Subject(s.name(), s.description(), "/section/" + s.slug(),
                Listing.section(s.id()), PageTopics.section(s.slug())), request);
    }

    @GetMapping("/tag/{slug}/{format:feed|atom}.xml")
    ResponseEntity<String> tag(@PathVariable String slug, @PathVariable String format, HttpServletRequest request) {
        var t = publishing.tag(ListingController.checkedSlug(slug)).orElseThrow(FeedController::notFound);
        return feed(format, new Subject(t.name(), "Stories tagged " + t.name(), "/tag/" + t.slug(),
                Listing.tag(t.id()), PageTopics.tag(t.slug())), request);
    }

    @GetMapping("/author/{slug}/{format:feed|atom}.xml")
    ResponseEntity<String> author(@PathVariable String slug, @PathVariable String format, HttpServletRequest request) {
        var a = publishing.author(ListingController.checkedSlug(slug)).orElseThrow(FeedController::notFound);
        return feed(format, new Subject(a.name(), a.bioShort(), a.path(), Listing.author(a.id()),
                PageTopics.author(a.slug())), request);
    }

    private ResponseEntity<String> feed(String format, Subject subject, HttpServletRequest request) {
        Publication p = publishing.publication();
        boolean atom = format.equals("atom");
        List<ArticleCard> cards = publishing.published(subject.listing(), ENTRIES, 0);

        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(atom ? "atom_1.0" : "rss_2.0");
        feed.setTitle(xml(subject.path().isEmpty() ? p.name() : subject.title() + " — " + p.name()));
        feed.setDescription(xml(subject.description() == null || subject.description().isBlank()
                ? p.name() : subject.description()));
        feed.setLink(p.absolute(subject.path().isEmpty() ? "/" : subject.path()));
        feed.setUri(p.absolute(subject.path() + "/" + format + ".xml"));
        feed.setLanguage(p.language());
        var self = new SyndLinkImpl();
        self.setRel("self");
        self.setHref(p.absolute(subject.path() + "/" + format + ".xml"));
        self.setType(atom ? ATOM.toString() : RSS.toString());
        var alternate = new SyndLinkImpl();
        alternate.setRel("alternate");
        alternate.setHref(feed.getLink());
        alternate.setType("text/html");
        feed.setLinks(List.of(alternate, self));
        feed.setPublishedDate(cards.isEmpty() ? Date.from(p.updatedAt())
                : Date.from(cards.get(0).updated().instant()));
        feed.setEntries(cards.stream().map(card -> entry(card, p)).toList());

        PageTopics.attach(request, subject.topic());
        try {
            return ResponseEntity.ok().contentType(atom ? ATOM : RSS).body(new SyndFeedOutput().outputString(feed));
        }
        catch (FeedException e) {
            throw new IllegalStateException("Could not write the feed", e);
        }
    }

    private static SyndEntry entry(ArticleCard card, Publication p) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(xml(card.headline()));
        entry.setLink(p.absolute(card.path()));
        entry.setUri(p.absolute(card.path()));
        entry.setPublishedDate(Date.from(card.published().instant()));
        entry.setUpdatedDate(Date.from(card.updated().instant()));
        var description = new SyndContentImpl();
        description.setType("text/plain");
        description.setValue(xml(card.standfirst()));
        entry.setDescription(description);
        entry.setAuthors(card.authors().stream().map(a -> {
            var person = new SyndPersonImpl();
            person.setName(xml(a.name()));
            person.setUri(p.absolute(a.path()));
            return (com.rometools.rome.feed.synd.SyndPerson) person;
        }).toList());
        if (!card.authors().isEmpty()) {
            entry.setAuthor(xml(card.authorNames()));
        }
        if (card.section() != null) {
            var category = new SyndCategoryImpl();
            category.setName(xml(card.section().name()));
            entry.setCategories(List.of(category));
        }
        return entry;
    }

    /** Text as XML can carry it, so that one stray character cannot break the feed for every reader. */
    private static String xml(String text) {
        return TypedText.forXml(text);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such feed.");
    }
}
