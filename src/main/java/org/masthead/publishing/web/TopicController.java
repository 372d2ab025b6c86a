package org.masthead.publishing.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.masthead.pages.PageTopics;
import org.masthead.pages.Pager;
import org.masthead.publishing.ArticleCard;
import org.masthead.publishing.Publishing;
import org.masthead.publishing.Publishing.Listing;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The pages that gather articles by section, by tag and by author. */
@Controller
class TopicController {

    static final int PAGE_SIZE = FrontPageController.PAGE_SIZE;

    private final Publishing publishing;
    private final PageHeads heads;

    TopicController(Publishing publishing, PageHeads heads) {
        this.publishing = publishing;
        this.heads = heads;
    }

    @GetMapping("/section/{slug}")
    String section(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model,
            HttpServletRequest request) {
        Pager.checked(page);
        var section = publishing.section(checkedSlug(slug)).orElseThrow(() -> notFound("section"));
        var path = "/section/" + section.slug();
        List<ArticleCard> found = publishing.published(Listing.section(section.id()), PAGE_SIZE + 1,
                Pager.offset(page, PAGE_SIZE));
        Pager pager = new Pager(page, found.size() > PAGE_SIZE, path);
        PageTopics.attach(request, PageTopics.section(section.slug()));
        model.addAttribute("page", new Views.Listing("Section", section.name(), section.description(), null,
                Pager.fit(found, page, PAGE_SIZE), pager, path));
        model.addAttribute("head", heads.listing(section.name(), section.description(), pager, path, section.name()));
        return "publishing/listing";
    }

    @GetMapping("/tag/{slug}")
    String tag(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model,
            HttpServletRequest request) {
        Pager.checked(page);
        var tag = publishing.tag(checkedSlug(slug)).orElseThrow(() -> notFound("tag"));
        var path = "/tag/" + tag.slug();
        List<ArticleCard> found = publishing.published(Listing.tag(tag.id()), PAGE_SIZE + 1,
                Pager.offset(page, PAGE_SIZE));
        Pager pager = new Pager(page, found.size() > PAGE_SIZE, path);
        String intro = "Stories tagged “" + tag.name() + "”.";
        PageTopics.attach(request, PageTopics.tag(tag.slug()));
        model.addAttribute("page", new Views.Listing("Tag", tag.name(), intro, null,
                Pager.fit(found, page, PAGE_SIZE), pager, path));
        model.addAttribute("head", heads.listing(tag.name(), intro, pager, path, tag.name()));
        return "publishing/listing";
    }

    @GetMapping("/author/{slug}")
    String author(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model,
            HttpServletRequest request) {
        Pager.checked(page);
        var author = publishing.author(checkedSlug(slug)).orElseThrow(() -> notFound("author"));
        List<ArticleCard> found = publishing.published(Listing.author(author.id()), PAGE_SIZE + 1,
                Pager.offset(page, PAGE_SIZE));
        Pager pager = new Pager(page, found.size() > PAGE_SIZE, author.path());
        PageTopics.attach(request, PageTopics.author(author.slug()), PageTopics.byline(author.id()));
        model.addAttribute("page", new Views.Listing("Author", author.name(), author.bioShort(), author,
                Pager.fit(found, page, PAGE_SIZE), pager, author.path()));
        model.addAttribute("head", heads.listing(author.name(),
                author.bioLong().isBlank() ? author.bioShort() : author.bioLong(), pager, author.path(), author.name()));
        return "publishing/listing";
    }

    static String checkedSlug(String slug) {
        if (!Publishing.isAddress(slug)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Nothing lives at this address.");
        }
        return slug;
    }

    private static ResponseStatusException notFound(String what) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such " + what + " on this site.");
    }
}
