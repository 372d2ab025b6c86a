package org.masthead.publishing.web;

import gg.jte.Content;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.masthead.pages.FormToken;
import org.masthead.pages.PageHead;
import org.masthead.pages.PageTopics;
import org.masthead.publishing.ArticleDetail;
import org.masthead.publishing.ArticleRef;
import org.masthead.publishing.ArticleSection;
import org.masthead.publishing.ArticleStatus;
import org.masthead.publishing.Publishing;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriUtils;

/** An article's page: the story, then whatever other modules add under it. */
@Controller
class ArticleController {

    private final Publishing publishing;
    private final PageHeads heads;
    private final List<ArticleSection> sections;

    ArticleController(Publishing publishing, PageHeads heads, List<ArticleSection> sections) {
        this.publishing = publishing;
        this.heads = heads;
        this.sections = sections.stream().sorted(Comparator.comparingInt(ArticleSection::order)).toList();
    }

    @GetMapping("/articles/{slug}")
    Object article(@PathVariable String slug, Model model, HttpServletRequest request) {
        if (!Publishing.isAddress(slug)) {
            throw notFound();
        }
        ArticleDetail article = publishing.article(slug).orElse(null);
        if (article == null) {
            return elsewhere(slug);
        }
        if (!article.isPublished()) {
            // Once published, an article's address keeps meaning something: a withdrawn story is gone, not unknown.
            if (article.published() != null && article.status() == ArticleStatus.DRAFT) {
                throw gone();
            }
            throw notFound();
        }
        ArticleRef ref = article.ref();
        List<String> topics = new ArrayList<>(List.of(PageTopics.article(article.id()), PageTopics.ARTICLE_PAGES));
        article.authors().forEach(a -> topics.add(PageTopics.byline(a.id())));
        List<Content> below = new ArrayList<>();
        java.util.Map<String, Object> structured = new java.util.LinkedHashMap<>();
        List<PageHead.FeedLink> feeds = new ArrayList<>();
        List<org.masthead.pages.Script> scripts = new ArrayList<>();
        FormToken token = FormToken.of(request);
        for (ArticleSection section : sections) {
            Content content = section.render(ref, token);
            if (content != null) {
                below.add(content);
                topics.addAll(section.topics(ref));
                scripts.addAll(section.scripts());
                section.structuredData(ref).forEach(structured::putIfAbsent);
                feeds.addAll(section.feeds(ref));
            }
        }
        PageHead head = heads.article(article, structured, feeds).withScripts(scripts);
        PageTopics.attach(request, topics);
        model.addAttribute("page", new Views.Article(article, publishing.publication().name(), below));
        model.addAttribute("head", head);
        return "publishing/article";
    }

    private View elsewhere(String slug) {
        String current = publishing.movedTo(slug).orElse(null);
        if (current != null) {
            RedirectView redirect = new RedirectView("/articles/" + UriUtils.encodePathSegment(current, StandardCharsets.UTF_8));
            redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
            return redirect;
        }
        throw publishing.removed(slug) ? gone() : notFound();
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no article at this address.");
    }

    private static ResponseStatusException gone() {
        return new ResponseStatusException(HttpStatus.GONE, "This article has been removed from the site.");
    }
}
