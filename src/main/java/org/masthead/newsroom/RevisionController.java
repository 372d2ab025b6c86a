package org.masthead.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.masthead.accounts.Accounts;
import org.masthead.accounts.CurrentMember;
import org.masthead.accounts.Member;
import org.masthead.newsroom.NewsroomPolicy.Action;
import org.masthead.publishing.EditRejected;
import org.masthead.publishing.Editorial;
import org.masthead.publishing.Publishing;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Every saved version of an article, how one differs from the current text, and putting one back. */
@Controller
class RevisionController {

    private final Editorial editorial;
    private final Desk desk;
    private final Publishing publishing;
    private final Accounts accounts;
    private final NewsroomMenu menu;

    RevisionController(Editorial editorial, Desk desk, Publishing publishing, Accounts accounts, NewsroomMenu menu) {
        this.editorial = editorial;
        this.desk = desk;
        this.publishing = publishing;
        this.accounts = accounts;
        this.menu = menu;
    }

    @GetMapping("/newsroom/articles/{id}/revisions")
    String revisions(@CurrentMember Member member, @PathVariable long id, @RequestParam(required = false) Long compare,
            Model model, HttpServletRequest request) {
        var article = editable(member, id);
        Map<Long, String> names = accounts.members().stream()
                .collect(Collectors.toMap(Member::id, Member::displayName));
        List<NewsroomViews.Revision> all = editorial.revisions(id).stream()
                .map(r -> new NewsroomViews.Revision(r.id(), r.version(), r.headline(), r.standfirst(), r.bodyMarkdown(),
                        r.status().code(), r.savedBy() == null ? "Masthead" : names.getOrDefault(r.savedBy(), "a former member"),
                        r.savedAt()))
                .toList();
        NewsroomViews.Revision compared = compare == null ? (all.size() > 1 ? all.get(1) : null)
                : all.stream().filter(r -> r.id() == compare).findFirst()
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such revision."));
        List<NewsroomViews.DiffLine> diff = compared == null ? List.of() : Revisions.diff(
                Revisions.text(compared.headline(), compared.standfirst(), compared.bodyMarkdown()),
                Revisions.text(article.headline(), article.standfirst(), article.bodyMarkdown()));
        model.addAttribute("desk", menu.chrome(member, request));
        model.addAttribute("page", new NewsroomViews.Revisions(id, article.headline(), all, compared, diff,
                NewsroomPolicy.may(member, Action.RESTORE, Desk.standing(article)), publishing.publication().timeZone()));
        return "newsroom/revisions";
    }

    /** Puts an old text back as a new save: nothing is overwritten, the present version stays a revision too. */
    @PostMapping("/newsroom/articles/{id}/revisions/{revisionId}/restore")
    String restore(@CurrentMember Member member, @PathVariable long id, @PathVariable long revisionId) {
        var article = editable(member, id);
        NewsroomPolicy.require(member, Action.RESTORE, Desk.standing(article));
        var revision = editorial.revision(id, revisionId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such revision."));
        ArticleForm current = NewsroomController.formOf(article);
        ArticleForm restored = new ArticleForm(id, article.version(), revision.headline(), current.slug(),
                revision.standfirst(), revision.bodyMarkdown(), current.sectionId(), current.authorIds(), current.tags(),
                current.leadMediaId(), "", "save", "", "", "");
        try {
            desk.save(member, id, restored);
        }
        catch (EditRejected refused) {
            throw new ResponseStatusException(refused instanceof EditRejected.Conflict ? HttpStatus.CONFLICT
                    : HttpStatus.BAD_REQUEST, refused.getMessage());
        }
        return "redirect:/newsroom/articles/" + id + "?saved=save";
    }

    private Editorial.Editable editable(Member member, long id) {
        var article = editorial.editable(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such article."));
        NewsroomPolicy.require(member, Action.EDIT, Desk.standing(article));
        return article;
    }
}
