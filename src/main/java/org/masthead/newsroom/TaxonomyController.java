package org.masthead.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.masthead.accounts.Accounts;
import org.masthead.accounts.CurrentMember;
import org.masthead.accounts.Member;
import org.masthead.newsroom.NewsroomPolicy.Action;
import org.masthead.publishing.EditRejected;
import org.masthead.publishing.Taxonomy;
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
    private final Accounts accounts;
    private final NewsroomMenu menu;

    TaxonomyController(Taxonomy taxonomy, Accounts accounts, NewsroomMenu menu) {
        this.taxonomy = taxonomy;
        this.accounts = accounts;
        this.menu = menu;
    }

    @GetMapping("/newsroom/{kind:sections|authors|tags}")
    String page(@CurrentMember Member member, @PathVariable String kind, @RequestParam(required = false) String done,
            Model model, HttpServletRequest request) {
        NewsroomPolicy.require(member, Action.MANAGE_TAXONOMY);
        return render(member, kind, null, done == null ? null : "Saved.", model, request);
    }

    @PostMapping("/newsroom/sections")
    String addSection(@CurrentMember Member member, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String description, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        return attempt(member, "sections", () -> taxonomy.addSection(name, description), model, request, response);
    }

    @PostMapping("/newsroom/sections/{id}")
    String updateSection(@CurrentMember Member member, @PathVariable long id, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "save") String action,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        return attempt(member, "sections", () -> {
            switch (action) {
                case "up" -> taxonomy.moveSection(id, true);
                case "down" -> taxonomy.moveSection(id, false);
                case "delete" -> taxonomy.deleteSection(id);
                default -> taxonomy.updateSection(id, name, description);
            }
        }, model, request, response);
    }

    @PostMapping("/newsroom/authors")
    String addAuthor(@CurrentMember Member member, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String bioShort, @RequestParam(defaultValue = "") String bioLong,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        return attempt(member, "authors", () -> taxonomy.addAuthor(name, bioShort, bioLong, null), model, request,
                response);
    }

    @PostMapping("/newsroom/authors/{id}")
    String updateAuthor(@CurrentMember Member member, @PathVariable long id, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String bioShort, @RequestParam(defaultValue = "") String bioLong,
            @RequestParam(required = false) Long userId, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        return attempt(member, "authors", () -> {
            if (userId != null && accounts.find(userId).filter(m -> m.role().writes()).isEmpty()) {
                throw new EditRejected("userId", "Link the byline to one of the staff accounts offered.");
            }
            taxonomy.updateAuthor(id, name, bioShort, bioLong, userId);
        }, model, request, response);
    }

    @PostMapping("/newsroom/tags/{id}")
    String updateTag(@CurrentMember Member member, @PathVariable long id, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "save") String action, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        return attempt(member, "tags", () -> {
            if (action.equals("delete")) {
                taxonomy.deleteTag(id);
            }
            else {
                taxonomy.renameTag(id, name);
            }
        }, model, request, response);
    }

    private String attempt(Member member, String kind, Runnable change, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        NewsroomPolicy.require(member, Action.MANAGE_TAXONOMY);
        try {
            change.run();
            return "redirect:/newsroom/" + kind + "?done";
        }
        catch (EditRejected problem) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(member, kind, problem.getMessage(), null, model, request);
        }
    }

    private String render(Member member, String kind, String error, String notice, Model model,
            HttpServletRequest request) {
        model.addAttribute("desk", menu.chrome(member, request));
        model.addAttribute("page", new NewsroomViews.TaxonomyPage(
                kind.equals("sections") ? taxonomy.sections() : List.of(),
                kind.equals("authors") ? taxonomy.authors() : List.of(),
                kind.equals("tags") ? taxonomy.tagUses() : List.of(),
                kind.equals("authors") ? accounts.members().stream().filter(m -> m.role().writes())
                        .map(m -> new NewsroomViews.Option(m.id(), m.displayName() + " (" + m.email() + ")")).toList()
                        : List.of(), error, notice));
        return "newsroom/" + kind;
    }
}
