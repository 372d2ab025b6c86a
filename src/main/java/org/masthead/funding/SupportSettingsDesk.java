package org.masthead.funding;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.masthead.accounts.CurrentMember;
import org.masthead.accounts.Member;
import org.masthead.newsroom.NewsroomMenu;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** What the support page offers and whether the donor wall shows, for owners and editors. */
@Controller
class SupportSettingsDesk {

    static final String PATH = FundingDesk.PATH + "/settings";

    private final OnlineGiving giving;
    private final NewsroomMenu menu;

    SupportSettingsDesk(OnlineGiving giving, NewsroomMenu menu) {
        this.giving = giving;
        this.menu = menu;
    }

    /** The settings form: what is stored, or what was typed when it comes back with a problem. */
    record SettingsPage(Map<String, String> typed, boolean donorWall, boolean wallMessages, boolean online,
            String notice, String problem, String problemField) {

        String problemWith(String field) {
            return field.equals(problemField) ? problem : null;
        }
    }

    @GetMapping(PATH)
    String page(@CurrentMember Member member, @RequestParam(required = false) String done, Model model,
            HttpServletRequest request) {
        FundingDesk.require(member);
        SupportSettings stored = giving.storedSettings();
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("currency", stored.currency());
        typed.put("presets", stored.presetsTyped());
        typed.put("minimum", Long.toString(stored.minimumUnits()));
        typed.put("maximum", Long.toString(stored.maximumUnits()));
        model.addAttribute("desk", menu.chrome(member, request));
        model.addAttribute("page", new SettingsPage(typed, stored.donorWall(), stored.wallMessages(), giving.available(),
                done == null ? null : "The support page settings are saved.", null, null));
        return "funding/settings";
    }

    @PostMapping(PATH)
    String save(@CurrentMember Member member, @RequestParam(defaultValue = "") String currency,
            @RequestParam(defaultValue = "") String presets, @RequestParam(defaultValue = "") String minimum,
            @RequestParam(defaultValue = "") String maximum, @RequestParam(defaultValue = "false") boolean donorWall,
            @RequestParam(defaultValue = "false") boolean wallMessages, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        FundingDesk.require(member);
        try {
            giving.saveSettings(new OnlineGiving.Offer(currency, presets, minimum, maximum, donorWall, wallMessages));
            return "redirect:" + PATH + "?done";
        }
        catch (FundingProblem problem) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Map<String, String> typed = FundingDesk.typed("currency", currency, "presets", presets, "minimum", minimum, "maximum", maximum);
            model.addAttribute("desk", menu.chrome(member, request));
            model.addAttribute("page", new SettingsPage(typed, donorWall, wallMessages, giving.available(), null,
                    problem.getMessage(), problem.field()));
            return "funding/settings";
        }
    }

}
