package org.masthead.site;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import org.masthead.accounts.AccountProblem;
import org.masthead.accounts.Accounts;
import org.masthead.accounts.Member;
import org.masthead.accounts.Role;
import org.masthead.publishing.NewsroomViews;
import org.masthead.publishing.Publishing;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The owner's page for people: who has which role, and inviting staff. */
@Controller
class PeopleController {

    private final Accounts accounts;
    private final Publishing publishing;

    PeopleController(Accounts accounts, Publishing publishing) {
        this.accounts = accounts;
        this.publishing = publishing;
    }

    @GetMapping("/newsroom/people")
    String people(Member member, @RequestParam(required = false) String done, Model model) {
        requireOwner(member);
        return page(member, null, done == null ? null : "Saved.", "", "", model);
    }

    @PostMapping("/newsroom/people")
    String invite(Member member, @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "reader") String role,
            Model model, HttpServletResponse response) {
        requireOwner(member);
        try {
            Member invited = accounts.invite(email, displayName, role(role));
            return page(member, null, invited.displayName() + " is invited as " + invited.role().label()
                    + ". They will get an email to choose their password.", "", "", model);
        }
        catch (AccountProblem problem) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(member, problem.getMessage(), null, email, displayName, model);
        }
    }

    @PostMapping("/newsroom/people/{id}/role")
    String changeRole(Member member, @PathVariable long id, @RequestParam(defaultValue = "") String role, Model model,
            HttpServletResponse response) {
        requireOwner(member);
        try {
            accounts.changeRole(member, id, role(role));
            return "redirect:/newsroom/people?done";
        }
        catch (AccountProblem problem) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(member, problem.getMessage(), null, "", "", model);
        }
    }

    private String page(Member member, String error, String notice, String email, String name, Model model) {
        model.addAttribute("desk", new NewsroomViews.Desk(publishing.publication().name(), member, true));
        model.addAttribute("page", new PeoplePage(accounts.members(), Arrays.asList(Role.values()), error, notice, email, name));
        return "newsroom/people";
    }

    private static Role role(String code) {
        try {
            return Role.fromCode(code);
        }
        catch (IllegalArgumentException e) {
            throw new AccountProblem("role", "Choose one of the roles offered.");
        }
    }

    private static void requireOwner(Member member) {
        if (member == null || member.role() != Role.OWNER) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the owner can manage people and roles.");
        }
    }
}
