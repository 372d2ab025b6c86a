package org.masthead.funding;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The newsroom's funding page, for owners and editors: the monthly goal, and gifts received by hand. */
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
    String page(@CurrentMember Member member, @RequestParam(required = false) String done, Model model,
            HttpServletRequest request) {
        require(member);
        String notice = done == null ? null : switch (done) {
            case "goal" -> "The monthly goal is set.";
            case "gift" -> "The gift is recorded.";
            default -> null;
        };
        return render(member, notice, null, null, Map.of(), model, request);
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
                    Map.of("goalAmount", amount, "goalCurrency", currency, "from", from), model, request);
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
            funding.recordOffline(new Funding.OfflineGift(Amounts.parse(amount, currency), currency, day(paidOn),
                    donorName, donorEmail, note, member.id()));
            return "redirect:" + PATH + "?done=gift";
        }
        catch (FundingProblem problem) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Map<String, String> typed = new LinkedHashMap<>();
            typed.put("giftAmount", amount);
            typed.put("giftCurrency", currency);
            typed.put("paidOn", paidOn);
            typed.put("donorName", donorName);
            typed.put("donorEmail", donorEmail);
            typed.put("note", note);
            return render(member, null, "gift", problem, typed, model, request);
        }
    }

    private static void require(Member member) {
        if (!mayManage(member)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the publication's owners and editors manage funding.");
        }
    }

    private static YearMonth month(String typed) {
        try {
            return YearMonth.parse(typed.strip());
        }
        catch (DateTimeParseException notAMonth) {
            throw new FundingProblem("from", "Give the first month of the goal as year and month, such as 2026-11.");
        }
    }

    private static LocalDate day(String typed) {
        try {
            return LocalDate.parse(typed.strip());
        }
        catch (DateTimeParseException notADay) {
            throw new FundingProblem("paidOn", "Give the day the gift was paid, such as 2026-11-30.");
        }
    }

    private String render(Member member, String notice, String form, FundingProblem problem, Map<String, String> typed,
            Model model, HttpServletRequest request) {
        Publication publication = publishing.publication();
        Locale locale = publication.locale();
        YearMonth month = funding.currentMonth();
        Funding.Progress progress = funding.progress(month).orElse(null);
        String currency = progress == null ? "USD" : progress.goal().currency();
        DateTimeFormatter days = DateTimeFormatter.ofPattern("d MMM yyyy", locale);
        var gifts = funding.latestGifts(50).stream().map(g -> new FundingDeskPage.Gift(
                g.paidAt() == null ? "" : days.format(Instant.ofEpochMilli(g.paidAt()).atZone(publication.timeZone())),
                g.donorName() == null ? "" : g.donorName(), Amounts.format(g.amountMinor(), g.currency(), locale),
                g.refundedMinor() == 0 ? "" : Amounts.format(g.refundedMinor(), g.currency(), locale),
                g.provider().equals("offline") ? "By hand" : "Stripe", g.status(), g.note() == null ? "" : g.note()))
                .toList();
        model.addAttribute("desk", menu.chrome(member, request));
        model.addAttribute("page", new FundingDeskPage(
                month.format(DateTimeFormatter.ofPattern("LLLL yyyy", locale)),
                progress == null ? null : Amounts.format(progress.goal().amountMinor(), currency, locale),
                progress == null ? null : Amounts.format(progress.raisedMinor(), currency, locale),
                month.toString(), funding.today().toString(), currency, gifts, notice,
                problem == null ? null : problem.getMessage(), form, problem == null ? null : problem.field(), typed));
        return "funding/desk";
    }
}
