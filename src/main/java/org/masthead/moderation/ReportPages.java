package org.masthead.moderation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import org.masthead.accounts.CurrentMember;
import org.masthead.accounts.Member;
import org.masthead.discussion.ReaderAddresses;
import org.masthead.pages.FormToken;
import org.masthead.pages.PageHead;
import org.masthead.publishing.Publishing;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A reader reports a comment: the form with the reasons, and the thanks. Works without JavaScript. */
@Controller
class ReportPages {

    private final Reports reports;
    private final ReaderAddresses addresses;
    private final Publishing publishing;

    ReportPages(Reports reports, ReaderAddresses addresses, Publishing publishing) {
        this.reports = reports;
        this.addresses = addresses;
        this.publishing = publishing;
    }

    /** The report form as the template reads it. */
    record ReportForm(QuotedComment comment, String headline, String articlePath, List<Reports.Reason> reasons, String reason, String details,
            String error, String errorField, boolean sent, FormToken token) {

        String label(Reports.Reason reason) {
            return reason.label;
        }

        String code(Reports.Reason reason) {
            return reason.code;
        }
    }

    @GetMapping("/comments/{id}/report")
    String form(@PathVariable long id, Model model, HttpServletRequest request) {
        return page(reports.reportable(id), "", "", null, false, model, request);
    }

    @PostMapping("/comments/{id}/report")
    String report(@CurrentMember Member member, @PathVariable long id, @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String details, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        Reports.Reportable target = reports.reported(id);
        try {
            reports.report(id, member, addresses.hashOf(request), reason, details);
            return page(target, reason, "", null, true, model, request);
        }
        catch (ModerationProblem problem) {
            if (problem.getStatusCode().value() == 404) {
                throw problem;
            }
            response.setStatus(problem.getStatusCode().value());
            return page(target, reason, details, problem, false, model, request);
        }
    }

    private String page(Reports.Reportable target, String reason, String details, ModerationProblem problem,
            boolean sent, Model model, HttpServletRequest request) {
        model.addAttribute("form", new ReportForm(QuotedComment.of(target.comment()), target.article().headline(),
                target.article().path(), Arrays.asList(Reports.Reason.values()), reason, details,
                problem == null ? null : problem.getMessage(), problem == null ? null : problem.field(), sent,
                FormToken.of(request)));
        model.addAttribute("head", PageHead.simple("Report a comment", target.article().headline(),
                publishing.publication().absolute(target.article().path())).notIndexed());
        return "moderation/report";
    }
}
