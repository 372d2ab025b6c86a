package org.masthead.publishing;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;

@Controller
class ArticleController {

    private final ArticleRepository articles;
    private final PageHeads heads;
    private final Publishing publishing;

    ArticleController(ArticleRepository articles, PageHeads heads, Publishing publishing) {
        this.articles = articles;
        this.heads = heads;
        this.publishing = publishing;
    }

    @GetMapping("/articles/{slug}")
    Object article(@PathVariable String slug, Model model, HttpServletRequest request) {
        if (!Slugs.isValid(slug)) {
            throw notFound();
        }
        ArticleDetail article = articles.bySlug(slug).orElse(null);
        if (article == null) {
            return elsewhere(slug);
        }
        if (!article.isPublished()) {
            // Once published, an article's address keeps meaning something: a withdrawn story is gone, not unknown.
            if (article.published() != null && Editorial.DRAFT.equals(article.status())) {
                throw gone();
            }
            throw notFound();
        }
        List<String> topics = new ArrayList<>(List.of(PageTopics.article(article.id()), PageTopics.ARTICLE_PAGES));
        article.authors().forEach(a -> topics.add(PageTopics.byline(a.id())));
        PageTopics.attach(request, topics);
        model.addAttribute("page", new Views.Article(article, publishing.publication().name()));
        model.addAttribute("head", heads.article(article));
        return "publishing/article";
    }

    private View elsewhere(String slug) {
        String current = articles.currentSlugFor(slug).orElse(null);
        if (current != null) {
            RedirectView redirect = new RedirectView("/articles/" + current);
            redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
            return redirect;
        }
        throw articles.isRetired(slug) ? gone() : notFound();
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no article at this address.");
    }

    private static ResponseStatusException gone() {
        return new ResponseStatusException(HttpStatus.GONE, "This article has been removed from the site.");
    }
}
