package org.masthead.discussion;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.masthead.pages.PageTopics;
import org.masthead.pages.TypedText;
import org.masthead.publishing.ArticleRef;
import org.masthead.publishing.Publication;
import org.masthead.publishing.Publishing;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * Comments for machines: each article's comments as an Atom feed (as WordPress gives them), and the
 * numbers of comments of many articles at once, for pages and apps that show counts.
 */
@Controller
class CommentFeeds {

    static final int FEED_ENTRIES = 30;
    static final int MOST_COUNTS = 100;
    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final CommentRepository comments;
    private final Publishing publishing;
    private final CommentText text;
    private final org.masthead.publishing.ReaderQuestions questions;

    CommentFeeds(CommentRepository comments, Publishing publishing, CommentText text,
            org.masthead.publishing.ReaderQuestions questions) {
        this.questions = questions;
        this.comments = comments;
        this.publishing = publishing;
        this.text = text;
    }

    @GetMapping("/articles/{slug}/comments.atom")
    ResponseEntity<String> feed(@PathVariable String slug, HttpServletRequest request) {
        ArticleRef article = Publishing.isAddress(slug) ? publishing.articleAt(slug)
                .filter(ArticleRef::isPublished).orElse(null) : null;
        if (article == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such feed.");
        }
        Publication p = publishing.publication();
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(TypedText.forXml("Comments on " + article.headline() + " — " + p.name()));
        feed.setLink(p.absolute(article.path()) + "#comments");
        feed.setUri(p.absolute(article.path() + "/comments.atom"));
        var self = new SyndLinkImpl();
        self.setRel("self");
        self.setHref(p.absolute(article.path() + "/comments.atom"));
        self.setType(ATOM.toString());
        var alternate = new SyndLinkImpl();
        alternate.setRel("alternate");
        alternate.setHref(p.absolute(article.path()) + "#comments");
        alternate.setType("text/html");
        feed.setLinks(List.of(alternate, self));
        List<StoredComment> newest = comments.newest(article.id(), FEED_ENTRIES);
        feed.setPublishedDate(new Date(newest.isEmpty() ? article.publishedAt().toEpochMilli() : newest.get(0).createdAt()));
        feed.setEntries(newest.stream().map(c -> entry(c, article, p)).toList());
        PageTopics.attach(request, PageTopics.article(article.id()));
        try {
            return ResponseEntity.ok().contentType(ATOM).body(new SyndFeedOutput().outputString(feed));
        }
        catch (FeedException e) {
            throw new IllegalStateException("Could not write the comment feed", e);
        }
    }

    private SyndEntry entry(StoredComment c, ArticleRef article, Publication p) {
        SyndEntry entry = new SyndEntryImpl();
        String link = p.absolute("/comments/" + c.id());
        entry.setTitle(TypedText.forXml("By " + c.authorName()));
        entry.setLink(link);
        entry.setUri(link);
        entry.setPublishedDate(new Date(c.createdAt()));
        entry.setUpdatedDate(new Date(c.editedAt() == null ? c.createdAt() : c.editedAt()));
        var person = new SyndPersonImpl();
        person.setName(TypedText.forXml(c.authorName()));
        entry.setAuthors(List.of(person));
        var content = new SyndContentImpl();
        content.setType("html");
        content.setValue(TypedText.forXml(c.bodyHtml()));
        entry.setContents(List.of(content));
        return entry;
    }

    /** A passage readers wrote about, or the newsroom asks about, for the markers beside the article's text. */
    record Passage(String quote, String prefix, String suffix, long count, Long questionId, String question) {
    }

    /** The passages of an article with comments or questions on them, for the markers the page's script places. */
    @GetMapping(value = "/articles/{slug}/comments/passages", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<Passage> passages(@PathVariable String slug, HttpServletRequest request) {
        ArticleRef article = Publishing.isAddress(slug) ? publishing.articleAt(slug)
                .filter(ArticleRef::isPublished).orElse(null) : null;
        if (article == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no article at this address.");
        }
        List<Passage> passages = new java.util.ArrayList<>();
        Map<Long, Long> answers = new java.util.HashMap<>();
        for (CommentRepository.PassageCount p : comments.passages(article.id())) {
            if (p.questionId() != null) {
                answers.merge(p.questionId(), p.count(), Long::sum);
            }
            else {
                passages.add(new Passage(p.quote(), p.prefix(), p.suffix(), p.count(), null, null));
            }
        }
        for (var question : questions.of(article.id())) {
            passages.add(new Passage(question.quote(), null, null, answers.getOrDefault(question.id(), 0L),
                    question.id(), question.question()));
        }
        PageTopics.attach(request, PageTopics.article(article.id()));
        return passages;
    }

    /** How many public comments each article has: {@code {"12": 3, "15": 0}}. */
    @GetMapping(value = "/comments/counts", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Long> counts(@RequestParam List<Long> articles, HttpServletRequest request) {
        if (articles.size() > MOST_COUNTS) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "Ask for at most " + MOST_COUNTS + " articles at a time.");
        }
        Map<Long, Long> found = comments.counts(articles);
        Map<String, Long> counts = new LinkedHashMap<>();
        articles.forEach(id -> counts.put(Long.toString(id), found.getOrDefault(id, 0L)));
        PageTopics.attach(request, PageTopics.CARDS);
        return counts;
    }
}
