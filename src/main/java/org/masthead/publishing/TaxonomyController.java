package org.masthead.publishing;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.masthead.accounts.Accounts;
import org.masthead.accounts.Member;
import org.masthead.publishing.NewsroomPolicy.Action;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The editors' pages for sections, authors and tags. */
@Controller
class TaxonomyController {

    private final Taxonomy taxonomy;
    private final SectionRepository sections;
    private final AuthorRepository authors;
    private final TagRepository tags;
    private final Publishing publishing;
    private final Accounts accounts;

    TaxonomyController(Taxonomy taxonomy, SectionRepository sections, AuthorRepository authors, TagRepository tags,
            Publishing publishing, Accounts accounts) {
        this.taxonomy = taxonomy;
        this.sections = sections;
        this.authors = authors;
        this.tags = tags;
        this.publishing = publishing;
        this.accounts = accounts;
    }

    @GetMapping("/newsroom/{kind:sections|authors|tags}")
    String page(Member member, @PathVariable String kind, @RequestParam(required = false) String done, Model model) {
        NewsroomPolicy.require(member, Action.MANAGE_TAXONOMY, NewsroomPolicy.Standing.NEW);
        return render(member, kind, null, done == null ? null : "Saved.", model);
    }

    @PostMapping("/newsroom/sections")
    String addSection(Member member, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String description, Model model, HttpServletResponse response) {
        return attempt(member, "sections", () -> taxonomy.addSection(member, name, description), model, response);
    }

    @PostMapping("/newsroom/sections/{id}")
    String updateSection(Member member, @PathVariable long id, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "save") String action,
            Model model, HttpServletResponse response) {
        return attempt(member, "sections", () -> {
            switch (action) {
                case "up" -> taxonomy.moveSection(member, id, true);
                case "down" -> taxonomy.moveSection(member, id, false);
                default -> taxonomy.updateSection(member, id, name, description);
            }
        }, model, response);
    }

    @PostMapping("/newsroom/authors")
    String addAuthor(Member member, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String bioShort, @RequestParam(defaultValue = "") String bioLong,
            Model model, HttpServletResponse response) {
        return attempt(member, "authors", () -> taxonomy.addAuthor(member, name, bioShort, bioLong), model, response);
    }

    @PostMapping("/newsroom/authors/{id}")
    String updateAuthor(Member member, @PathVariable long id, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String bioShort, @RequestParam(defaultValue = "") String bioLong,
            @RequestParam(required = false) Long userId, Model model, HttpServletResponse response) {
        return attempt(member, "authors", () -> taxonomy.updateAuthor(member, id, name, bioShort, bioLong, userId),
                model, response);
    }

    @PostMapping("/newsroom/tags/{id}")
    String updateTag(Member member, @PathVariable long id, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "save") String action, Model model, HttpServletResponse response) {
        return attempt(member, "tags", () -> {
            if (action.equals("delete")) {
                taxonomy.deleteTag(member, id);
            }
            else {
                taxonomy.renameTag(member, id, name);
            }
        }, model, response);
    }

    private String attempt(Member member, String kind, Runnable change, Model model, HttpServletResponse response) {
        try {
            change.run();
            return "redirect:/newsroom/" + kind + "?done";
        }
        catch (ArticleProblem problem) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(member, kind, problem.getMessage(), null, model);
        }
    }

    private String render(Member member, String kind, String error, String notice, Model model) {
        model.addAttribute("desk", new NewsroomViews.Desk(publishing.publication().name(), member, true));
        model.addAttribute("page", new NewsroomViews.Taxonomy(
                kind.equals("sections") ? sections.all().stream()
                        .map(s -> new NewsroomViews.SectionRow(s.id(), s.slug(), s.name(), s.description())).toList() : List.of(),
                kind.equals("authors") ? authors.all() : List.of(),
                kind.equals("tags") ? tags.uses() : List.of(),
                kind.equals("authors") ? accounts.members().stream().filter(m -> m.role().writes())
                        .map(m -> new NewsroomViews.Option(m.id(), m.displayName() + " (" + m.email() + ")")).toList()
                        : List.of(), error, notice));
        return "newsroom/" + kind;
    }
}
