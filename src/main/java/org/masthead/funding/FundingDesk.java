package org.masthead.funding;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.masthead.accounts.CurrentMember;
import org.masthead.accounts.Member;
import org.masthead.accounts.Role;
import org.masthead.newsroom.NewsroomMenu;
import org.masthead.newsroom.NewsroomPage;
import org.masthead.publishing.Publication;
import org.masthead.publishing.Publishing;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The newsroom's funding page, for owners and editors: the month against its goal, a year of months,
 * the monthly goal, campaigns, and gifts received by hand.
 */
@Controller
class FundingDesk {

    static final String PATH = "/newsroom/funding";

    private final Funding funding;
    private final Publishing publishing;
    private final NewsroomMenu menu;

    FundingDesk(Funding funding, Publishing publishing, NewsroomMenu menu) {
        this.funding = funding;
        this.publishing = publishing;
        this.menu = menu;
    }

    static boolean mayManage(Member member) {
        return member != null && (member.role() == Role.OWNER || member.role() == Role.EDITOR);
    }

    @Bean
    static NewsroomPage fundingPage() {
        return new NewsroomPage("Funding", PATH, 80, FundingDesk::mayManage);
    }

    @GetMapping(PATH)
    String page(@CurrentMember Member member, @RequestParam(required = false) String done,
            @RequestParam(required = false) Long edit, Model model,
            HttpServletRequest request) {
        require(member);
        String notice = done == null ? null : switch (done) {
            case "goal" -> "The monthly goal is set.";
            case "goal-stopped" -> "The monthly goal is stopped: no bar shows until you set one again.";
            case "campaign" -> "The campaign is saved.";
            case "campaign-closed" -> "The campaign is closed.";
            case "gift" -> "The gift is recorded.";
            default -> null;
        };
        CampaignLine editing = edit == null ? null : funding.campaign(edit)
                .map(c -> CampaignLine.of(new Funding.CampaignProgress(c, 0), funding.today(), publishing.publication().locale()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no campaign " + edit + "."));
        return render(member, notice, null, null, Map.of(), editing, model, request);
    }

    @PostMapping(PATH + "/goal/stop")
    String stopGoal(@CurrentMember Member member) {
        require(member);
        funding.stopMonthlyGoal();
        return "redirect:" + PATH + "?done=goal-stopped";
    }

    @PostMapping(PATH + "/campaigns")
    String saveCampaign(@CurrentMember Member member, @RequestParam(required = false) Long id,
            @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String amount,
            @RequestParam(defaultValue = "") String currency, @RequestParam(defaultValue = "") String startsOn,
            @RequestParam(defaultValue = "") String endsOn, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        require(member);
        try {
            Funding.CampaignPlan plan = new Funding.CampaignPlan(title, Amounts.parse(amount, currency), currency,
                    day(startsOn, "startsOn", "Give the campaign's first day, such as 2026-12-01."),
                    day(endsOn, "endsOn", "Give the campaign's last day, such as 2026-12-24."));
            if (id == null) {
                funding.addCampaign(plan);
            }
            else {
                funding.updateCampaign(id, plan);
            }
            return "redirect:" + PATH + "?done=campaign";
        }
        catch (FundingProblem problem) {
            response.setStatus(problem.getStatusCode().value());
            Map<String, String> typed = FundingDesk.typed("title", title, "campaignAmount", amount, "campaignCurrency", currency, "startsOn", startsOn, "endsOn", endsOn);
            CampaignLine editing = id == null ? null : funding.campaign(id).map(c -> CampaignLine.of(
                    new Funding.CampaignProgress(c, 0), funding.today(), publishing.publication().locale())).orElse(null);
            return render(member, null, "campaign", problem, typed, editing, model, request);
        }
    }

    @PostMapping(PATH + "/campaigns/{id}/close")
    String closeCampaign(@CurrentMember Member member, @PathVariable long id) {
        require(member);
        funding.closeCampaign(id);
        return "redirect:" + PATH + "?done=campaign-closed";
    }

    @PostMapping(PATH + "/goal")
    String setGoal(@CurrentMember Member member, @RequestParam(defaultValue = "") String amount,
            @RequestParam(defaultValue = "") String currency, @RequestParam(defaultValue = "") String from, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        require(member);
        try {
            funding.setMonthlyGoal(Amounts.parse(amount, currency), currency, month(from));
            return "redirect:" + PATH + "?done=goal";
        }
        catch (FundingProblem problem) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(member, null, "goal", problem,
                    Map.of("goalAmount", amount, "goalCurrency", currency, "from", from), null, model, request);
        }
    }

    @PostMapping(PATH + "/gifts")
    String recordGift(@CurrentMember Member member, @RequestParam(defaultValue = "") String amount,
            @RequestParam(defaultValue = "") String currency, @RequestParam(defaultValue = "") String paidOn,
            @RequestParam(defaultValue = "") String donorName, @RequestParam(defaultValue = "") String donorEmail,
            @RequestParam(defaultValue = "") String note, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        require(member);
        try {
            funding.recordOffline(new Funding.OfflineGift(Amounts.parse(amount, currency), currency,
                    day(paidOn, "paidOn", "Give the day the gift was paid, such as 2026-11-30."),
                    donorName, donorEmail, note, member.id()));
            return "redirect:" + PATH + "?done=gift";
        }
        catch (FundingProblem problem) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Map<String, String> typed = FundingDesk.typed("giftAmount", amount, "giftCurrency", currency, "paidOn", paidOn, "donorName", donorName, "donorEmail", donorEmail, "note", note);
            return render(member, null, "gift", problem, typed, null, model, request);
        }
    }

    /** Refuses anyone but owners and editors, on every funding page of the newsroom. */
    static void require(Member member) {
        if (!mayManage(member)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the publication's owners and editors manage funding.");
        }
    }

    /** What was typed in a form, by field name, from name and value pairs; kept in order. */
    static Map<String, String> typed(String... namesAndValues) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            typed.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return typed;
    }

    private static YearMonth month(String typed) {
        try {
            return YearMonth.parse(typed.strip());
        }
        catch (DateTimeParseException notAMonth) {
            throw new FundingProblem("from", "Give the first month of the goal as year and month, such as 2026-11.");
        }
    }

    private static LocalDate day(String typed, String field, String sentence) {
        try {
            return LocalDate.parse(typed.strip());
        }
        catch (DateTimeParseException notADay) {
            throw new FundingProblem(field, sentence);
        }
    }

    private String render(Member member, String notice, String form, FundingProblem problem, Map<String, String> typed,
            CampaignLine editing, Model model, HttpServletRequest request) {
        Publication publication = publishing.publication();
        Locale locale = publication.locale();
        YearMonth month = funding.currentMonth();
        Funding.Progress progress = funding.progress(month).orElse(null);
        String currency = progress == null ? "USD" : progress.goal().currency();
        LocalDate today = funding.today();
        var gifts = funding.gifts(DonationsDesk.ANY, null, 10).stream()
                .map(g -> GiftLine.of(g, locale, publication.timeZone())).toList();
        var campaigns = funding.campaigns(20).stream().map(c -> CampaignLine.of(c, today, locale)).toList();
        model.addAttribute("desk", menu.chrome(member, request));
        model.addAttribute("page", new FundingDeskPage(
                month.format(DateTimeFormatter.ofPattern("LLLL yyyy", locale)),
                progress == null ? null : Amounts.format(progress.goal().amountMinor(), currency, locale),
                progress == null ? null : Amounts.format(progress.raisedMinor(), currency, locale),
                month.toString(), today.toString(), currency, GivingChart.of(funding.months(month, 12), locale),
                campaigns, editing, gifts, notice, problem == null ? null : problem.getMessage(), form,
                problem == null ? null : problem.field(), typed));
        return "funding/desk";
    }
}
