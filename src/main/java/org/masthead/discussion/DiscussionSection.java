package org.masthead.discussion;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import gg.jte.Content;
import gg.jte.TemplateEngine;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.masthead.pages.FormToken;
import org.masthead.pages.PageTopics;
import org.masthead.pages.Script;
import org.masthead.publishing.ArticleRef;
import org.masthead.publishing.ArticleSection;
import org.masthead.publishing.Publishing;
import org.masthead.publishing.ReaderQuestions;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The discussion under every published article: the first page of threads, newest first or in
 * the order the reader chose ({@link SortChoice}), and the form. For a reader without a session or pass the page is the shared cached copy, so it shows no
 * one's own votes; theirs arrive once they vote (their pages are then their own).
 */
@Component
class DiscussionSection implements ArticleSection {

    static final Script SCRIPT = Script.module("/js/discussion.js");

    private final Threads threads;
    private final Readers readers;
    private final FormStamps stamps;
    private final Publishing publishing;
    private final TemplateEngine templates;
    private final CommentText text;
    private final ReaderQuestions questions;
    private final Discussion discussion;
    private final SortChoice sortChoice;
    private final Cache<String, String> plain = Caffeine.newBuilder().maximumSize(3_000).build();

    DiscussionSection(Threads threads, Readers readers, FormStamps stamps, Publishing publishing,
            TemplateEngine templates, CommentText text, ReaderQuestions questions, Discussion discussion,
            SortChoice sortChoice) {
        this.sortChoice = sortChoice;
        this.discussion = discussion;
        this.questions = questions;
        this.text = text;
        this.threads = threads;
        this.readers = readers;
        this.stamps = stamps;
        this.publishing = publishing;
        this.templates = templates;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Content render(ArticleRef article, FormToken token) {
        Viewer viewer = readers.viewer(request());
        ThreadList list = threads.page(article, sortChoice.of(request()), null, null, null, false, viewer);
        Views.Block block = new Views.Block(article, list, composer(article, viewer, token), token, null,
                questions.of(article.id()));
        return output -> templates.render("discussion/section.jte", Map.of("block", block), output);
    }

    Views.Composer composer(ArticleRef article, Viewer viewer, FormToken token) {
        return new Views.Composer(article, viewer.member() == null ? null : viewer.member().displayName(),
                publishing.publication().guestsMayComment(), stamps.now(), Map.of(), null, null, null, null, token,
                discussion.closed(article));
    }

    @Override
    public Set<String> topics(ArticleRef article) {
        return Set.of(PageTopics.article(article.id()));
    }

    /** The number of comments, and the newest threads, as schema.org's {@code commentCount} and {@code comment}. */
    @Override
    public Map<String, Object> structuredData(ArticleRef article) {
        var publication = publishing.publication();
        // Counted apart from the list: replies under a thread whose first comment was taken down count too.
        Threads.Newest newest = threads.newest(article, 3);
        List<Map<String, Object>> first = newest.threads().stream()
                .map(c -> Map.<String, Object>of("@type", "Comment", "text", plainText(c),
                        "dateCreated", java.time.Instant.ofEpochMilli(c.createdAt()).toString(),
                        "url", publication.absolute("/comments/" + c.id()),
                        "author", Map.of("@type", "Person", "name", c.authorName())))
                .toList();
        long count = newest.count();
        return first.isEmpty() ? Map.of("commentCount", count) : Map.of("commentCount", count, "comment", first);
    }

    /** A comment's words without markup, kept: they are read on every rendering of the article. */
    private String plainText(StoredComment comment) {
        return plain.get(comment.id() + ":" + comment.editedAt(), key -> text.toText(comment.bodyMarkdown()));
    }

    @Override
    public List<org.masthead.pages.PageHead.FeedLink> feeds(ArticleRef article) {
        return List.of(new org.masthead.pages.PageHead.FeedLink("Comments on " + article.headline() + " (Atom)",
                "application/atom+xml", publishing.publication().absolute(article.path() + "/comments.atom")));
    }

    @Override
    public List<Script> scripts() {
        return List.of(Script.HTMX, SCRIPT);
    }

    private static HttpServletRequest request() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }
}
