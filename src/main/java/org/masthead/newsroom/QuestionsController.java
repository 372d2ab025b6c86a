package org.masthead.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.masthead.accounts.CurrentMember;
import org.masthead.accounts.Member;
import org.masthead.newsroom.NewsroomPolicy.Action;
import org.masthead.publishing.EditRejected;
import org.masthead.publishing.Editorial;
import org.masthead.publishing.ReaderQuestions;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Questions to readers on a passage of an article ("What do you think of this claim?"): readers see
 * them beside the passage and answer in the discussion. Whoever may edit the article may ask.
 */
@Controller
class QuestionsController {

    private final Editorial editorial;
    private final ReaderQuestions questions;
    private final NewsroomMenu menu;

    QuestionsController(Editorial editorial, ReaderQuestions questions, NewsroomMenu menu) {
        this.editorial = editorial;
        this.questions = questions;
        this.menu = menu;
    }

    @GetMapping("/newsroom/articles/{id}/questions")
    String list(@CurrentMember Member member, @PathVariable long id,
            @RequestParam(defaultValue = "") String quote, Model model, HttpServletRequest request) {
        // The editor sends the words selected in the article's text, to ask about them.
        return page(member, id, quote.length() > 1000 ? quote.substring(0, 1000) : quote, "", null, null, model,
                request);
    }

    @PostMapping("/newsroom/articles/{id}/questions")
    String ask(@CurrentMember Member member, @PathVariable long id, @RequestParam(defaultValue = "") String quote,
            @RequestParam(defaultValue = "") String question, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        editable(member, id);
        try {
            questions.ask(id, quote, question, member.id());
            return "redirect:/newsroom/articles/" + id + "/questions";
        }
        catch (EditRejected refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(member, id, quote, question, refused.field(), refused.getMessage(), model, request);
        }
    }

    @PostMapping("/newsroom/articles/{id}/questions/{questionId}/withdraw")
    String withdraw(@CurrentMember Member member, @PathVariable long id, @PathVariable long questionId) {
        editable(member, id);
        questions.withdraw(id, questionId);
        return "redirect:/newsroom/articles/" + id + "/questions";
    }

    private String page(Member member, long id, String quote, String question, String errorField, String error,
            Model model, HttpServletRequest request) {
        var article = editable(member, id);
        model.addAttribute("desk", menu.chrome(member, request));
        model.addAttribute("page", new NewsroomViews.Questions(id, article.headline(), questions.of(id), quote,
                question, errorField, error));
        return "newsroom/questions";
    }

    private Editorial.Editable editable(Member member, long id) {
        var article = editorial.editable(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such article."));
        NewsroomPolicy.require(member, Action.EDIT, Desk.standing(article));
        return article;
    }
}
