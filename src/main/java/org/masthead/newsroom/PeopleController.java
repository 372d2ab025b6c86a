package org.masthead.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import org.masthead.accounts.AccountProblem;
import org.masthead.accounts.Accounts;
import org.masthead.accounts.CurrentMember;
import org.masthead.accounts.Member;
import org.masthead.accounts.Role;
import org.masthead.newsroom.NewsroomPolicy.Action;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The owner's page for people: who has which role, and inviting staff. */
@Controller
class PeopleController {

    private final Accounts accounts;
    private final NewsroomMenu menu;

    PeopleController(Accounts accounts, NewsroomMenu menu) {
        this.accounts = accounts;
        this.menu = menu;
    }

    @GetMapping("/newsroom/people")
    String people(@CurrentMember Member member, @RequestParam(required = false) String done, Model model,
            HttpServletRequest request) {
        NewsroomPolicy.require(member, Action.MANAGE_PEOPLE);
        return page(member, null, done == null ? null : "Saved.", "", "", model, request);
    }

    @PostMapping("/newsroom/people")
    String invite(@CurrentMember Member member, @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "reader") String role,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        NewsroomPolicy.require(member, Action.MANAGE_PEOPLE);
        try {
            Member invited = accounts.invite(email, displayName, role(role));
            return page(member, null, invited.displayName() + " is invited as " + invited.role().label()
                    + ". They will get an email to choose their password.", "", "", model, request);
        }
        catch (AccountProblem problem) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(member, problem.getMessage(), null, email, displayName, model, request);
        }
    }

    @PostMapping("/newsroom/people/{id}/role")
    String changeRole(@CurrentMember Member member, @PathVariable long id, @RequestParam(defaultValue = "") String role,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        NewsroomPolicy.require(member, Action.MANAGE_PEOPLE);
        try {
            accounts.changeRole(member, id, role(role));
            return "redirect:/newsroom/people?done";
        }
        catch (AccountProblem problem) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(member, problem.getMessage(), null, "", "", model, request);
        }
    }

    private String page(Member member, String error, String notice, String email, String name, Model model,
            HttpServletRequest request) {
        model.addAttribute("desk", menu.chrome(member, request));
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
}
