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
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The front page and the plain list of everything, newest first. */
@Controller
class FrontPageController {

    static final int LATEST = 9;
    static final int PER_SECTION = 4;
    static final int PAGE_SIZE = 15;

    private final Publishing publishing;
    private final PageHeads heads;

    FrontPageController(Publishing publishing, PageHeads heads) {
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
        PageTopics.attach(request, PageTopics.ALL_ARTICLES);
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
        PageTopics.attach(request, PageTopics.ALL_ARTICLES);
        model.addAttribute("page", new Views.Listing("All stories", title,
                "Everything " + publishing.publication().name() + " has published, newest first.", null,
                Pager.fit(found, page, PAGE_SIZE), pager, null));
        model.addAttribute("head", heads.listing(title, "Everything published, newest first.", pager, null, null));
        return "publishing/listing";
    }
}
