package org.masthead.publishing;

import java.util.List;
import org.masthead.accounts.Member;
import org.masthead.publishing.NewsroomPolicy.Action;
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

    private final NewsroomRepository newsroom;
    private final Desk desk;
    private final Publishing publishing;

    RevisionController(NewsroomRepository newsroom, Desk desk, Publishing publishing) {
        this.newsroom = newsroom;
        this.desk = desk;
        this.publishing = publishing;
    }

    @GetMapping("/newsroom/articles/{id}/revisions")
    String revisions(Member member, @PathVariable long id, @RequestParam(required = false) Long compare, Model model) {
        var article = editable(member, id);
        List<NewsroomViews.Revision> all = newsroom.revisions(id);
        NewsroomViews.Revision compared = compare == null ? (all.size() > 1 ? all.get(1) : null)
                : all.stream().filter(r -> r.id() == compare).findFirst()
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such revision."));
        List<NewsroomViews.DiffLine> diff = compared == null ? List.of() : Revisions.diff(
                Revisions.text(compared.headline(), compared.standfirst(), compared.bodyMarkdown()),
                Revisions.text(article.headline(), article.standfirst(), article.bodyMarkdown()));
        model.addAttribute("desk", new NewsroomViews.Desk(publishing.publication().name(), member,
                NewsroomPolicy.may(member, Action.MANAGE_TAXONOMY, NewsroomPolicy.Standing.NEW)));
        model.addAttribute("page", new NewsroomViews.Revisions(id, article.headline(), all, compared, diff,
                NewsroomPolicy.may(member, Action.RESTORE, article.standing()), article.slug(),
                publishing.publication().timeZone()));
        return "newsroom/revisions";
    }

    /** Puts an old text back as a new save: nothing is overwritten, the present version stays a revision too. */
    @PostMapping("/newsroom/articles/{id}/revisions/{revisionId}/restore")
    String restore(Member member, @PathVariable long id, @PathVariable long revisionId) {
        var article = editable(member, id);
        NewsroomPolicy.require(member, Action.RESTORE, article.standing());
        var revision = newsroom.revision(id, revisionId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such revision."));
        ArticleForm current = NewsroomController.formOf(article);
        ArticleForm restored = new ArticleForm(id, article.version(), revision.headline(), current.slug(),
                revision.standfirst(), revision.bodyMarkdown(), current.sectionId(), current.authorIds(), current.tags(),
                current.leadMediaId(), "");
        try {
            desk.save(member, restored, Desk.Intent.SAVE);
        }
        catch (EditConflict | ArticleProblem refused) {
            throw new ResponseStatusException(refused instanceof EditConflict ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST,
                    refused.getMessage());
        }
        return "redirect:/newsroom/articles/" + id + "?saved=save";
    }

    private NewsroomRepository.Editable editable(Member member, long id) {
        var article = newsroom.editable(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such article."));
        NewsroomPolicy.require(member, Action.EDIT, article.standing());
        return article;
    }
}
