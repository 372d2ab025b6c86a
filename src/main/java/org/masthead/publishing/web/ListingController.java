package org.masthead.publishing.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.masthead.pages.PageTopics;
import org.masthead.pages.Pager;
import org.masthead.publishing.ArticleCard;
import org.masthead.publishing.Publishing;
import org.masthead.publishing.Publishing.Listing;
import org.masthead.publishing.Taxonomy;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The pages that list articles: the front page, everything newest first, and by section, tag and author. */
@Controller
class ListingController {

    static final int LATEST = 9;
    static final int PER_SECTION = 4;
    static final int PAGE_SIZE = 15;

    private final Publishing publishing;
    private final PageHeads heads;

    ListingController(Publishing publishing, PageHeads heads) {
        this.publishing = publishing;
        this.heads = heads;
    }

    @GetMapping("/")
    String home(Model model, HttpServletRequest request) {
        List<ArticleCard> latest = publishing.published(Listing.ALL, LATEST, 0);
        Set<Long> shown = new HashSet<>();
        latest.forEach(c -> shown.add(c.id()));
        List<Views.SectionBlock> blocks = new ArrayList<>();
        for (Taxonomy.Section section : publishing.allSections()) {
            // Stories already above are left out of the section blocks, so the page never repeats itself.
            List<ArticleCard> fresh = publishing.published(Listing.section(section.id()), PER_SECTION + LATEST, 0)
                    .stream().filter(c -> !shown.contains(c.id())).limit(PER_SECTION).toList();
            if (!fresh.isEmpty()) {
                blocks.add(new Views.SectionBlock(section.link(), fresh));
            }
        }
        PageTopics.attach(request, PageTopics.ALL_ARTICLES, PageTopics.CARDS);
        model.addAttribute("page", new Views.Home(latest.isEmpty() ? null : latest.get(0),
                latest.size() > 1 ? latest.subList(1, latest.size()) : List.of(), blocks));
        model.addAttribute("head", heads.home());
        return "publishing/home";
    }

    @GetMapping("/latest")
    String latest(@RequestParam(defaultValue = "1") int page, Model model, HttpServletRequest request) {
        Pager.checked(page);
        List<ArticleCard> found = publishing.published(Listing.ALL, PAGE_SIZE + 1, Pager.offset(page, PAGE_SIZE));
        Pager pager = new Pager(page, found.size() > PAGE_SIZE, "/latest");
        String title = "Latest stories";
        PageTopics.attach(request, PageTopics.ALL_ARTICLES, PageTopics.CARDS);
        model.addAttribute("page", new Views.Listing("All stories", title,
                "Everything " + publishing.publication().name() + " has published, newest first.", null,
                Pager.fit(found, page, PAGE_SIZE), pager, null));
        model.addAttribute("head", heads.listing(title, "Everything published, newest first.", pager, null, null));
        return "publishing/listing";
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
        PageTopics.attach(request, PageTopics.section(section.slug()), PageTopics.CARDS);
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
        PageTopics.attach(request, PageTopics.tag(tag.slug()), PageTopics.CARDS);
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
        PageTopics.attach(request, PageTopics.author(author.slug()), PageTopics.byline(author.id()), PageTopics.CARDS);
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
