package org.masthead.moderation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.masthead.accounts.CurrentMember;
import org.masthead.accounts.Member;
import org.masthead.accounts.Role;
import org.masthead.discussion.CommentRecord;
import org.masthead.discussion.CommentRecords;
import org.masthead.newsroom.NewsroomMenu;
import org.masthead.publishing.Publication;
import org.masthead.publishing.Publishing;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Banning a comment's writer, and the list of bans with the means to lift one or to ban an address ahead. */
@Controller
class BansDesk {

    private final Bans bans;
    private final CommentRecords records;
    private final Publishing publishing;
    private final NewsroomMenu menu;
    private final java.time.Clock clock;

    BansDesk(Bans bans, CommentRecords records, Publishing publishing, NewsroomMenu menu, java.time.Clock clock) {
        this.clock = clock;
        this.bans = bans;
        this.records = records;
        this.publishing = publishing;
        this.menu = menu;
    }

    /** A ban as the list shows it. */
    record BanLine(long id, String who, String kind, String reason, String since, String until, boolean inForce) {
    }

    /** The form that bans a comment's writer. */
    record BanForm(QuotedComment comment, Map<String, String> typed, String error, String errorField) {

        String value(String name, String otherwise) {
            return typed.getOrDefault(name, otherwise);
        }
    }

    @GetMapping(QueueDesk.PATH + "/comments/{id}/ban")
    String form(@CurrentMember Member member, @PathVariable long id, Model model, HttpServletRequest request) {
        Moderation.require(member);
        return banPage(member, id, Map.of(), null, model, request);
    }

    @PostMapping(QueueDesk.PATH + "/comments/{id}/ban")
    String ban(@CurrentMember Member member, @PathVariable long id, @RequestParam(required = false) List<String> kinds,
            @RequestParam(defaultValue = "") String term, @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String remove, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        Moderation.require(member);
        List<String> chosen = kinds == null ? List.of() : kinds;
        try {
            int removed = bans.banWriter(member, id, new Bans.Choice(chosen.contains("account"), chosen.contains("email"),
                    chosen.contains("address"), Bans.Term.of(term), reason, "yes".equals(remove)));
            return "redirect:" + QueueDesk.PATH + "/bans?done=" + removed;
        }
        catch (ModerationProblem problem) {
            response.setStatus(problem.getStatusCode().value());
            Map<String, String> typed = Map.of("term", term, "reason", reason, "remove", remove,
                    "kinds", String.join(",", chosen));
            return banPage(member, id, typed, problem, model, request);
        }
    }

    @GetMapping(QueueDesk.PATH + "/bans")
    String list(@CurrentMember Member member, @RequestParam(required = false) Integer done, Model model,
            HttpServletRequest request) {
        Moderation.require(member);
        String notice = done == null ? null : "The ban is in force" + (done == 0 ? "." : "; " + done
                + (done == 1 ? " comment was" : " comments were") + " taken down with it.");
        return listPage(member, notice, null, Map.of(), model, request);
    }

    @PostMapping(QueueDesk.PATH + "/bans")
    String banEmail(@CurrentMember Member member, @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String term, @RequestParam(defaultValue = "") String reason, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        Moderation.require(member);
        try {
            bans.banEmail(member, email, Bans.Term.of(term), reason);
            return "redirect:" + QueueDesk.PATH + "/bans?done=0";
        }
        catch (ModerationProblem problem) {
            response.setStatus(problem.getStatusCode().value());
            return listPage(member, null, problem, Map.of("email", email, "term", term, "reason", reason), model, request);
        }
    }

    @PostMapping(QueueDesk.PATH + "/bans/{id}/lift")
    String lift(@CurrentMember Member member, @PathVariable long id) {
        bans.lift(member, id);
        return "redirect:" + QueueDesk.PATH + "/bans";
    }

    private String banPage(Member member, long id, Map<String, String> typed, ModerationProblem problem, Model model,
            HttpServletRequest request) {
        CommentRecord comment = records.find(id)
                .orElseThrow(() -> new ModerationProblem(404, null, "There is no such comment."));
        model.addAttribute("desk", menu.chrome(member, request));
        model.addAttribute("form", new BanForm(QuotedComment.of(comment), typed,
                problem == null ? null : problem.getMessage(), problem == null ? null : problem.field()));
        return "moderation/ban";
    }

    private String listPage(Member member, String notice, ModerationProblem problem, Map<String, String> typed,
            Model model, HttpServletRequest request) {
        Publication publication = publishing.publication();
        DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", publication.locale());
        long now = clock.millis();
        List<BanLine> lines = bans.list(200).stream().map(b -> new BanLine(b.id(), b.label(), Bans.kindSaid(b.kind()),
                b.reason(), when.format(Instant.ofEpochMilli(b.createdAt()).atZone(publication.timeZone())),
                b.liftedAt() != null ? "lifted " + when.format(Instant.ofEpochMilli(b.liftedAt()).atZone(publication.timeZone()))
                        : b.until() == null ? "for good" : when.format(Instant.ofEpochMilli(b.until()).atZone(publication.timeZone())),
                b.inForce(now))).toList();
        model.addAttribute("desk", menu.chrome(member, request));
        model.addAttribute("bans", lines);
        model.addAttribute("notice", notice);
        model.addAttribute("error", problem == null ? null : problem.getMessage());
        model.addAttribute("typed", typed);
        model.addAttribute("mayAudit", member.role() == Role.OWNER);
        return "moderation/bans";
    }
}
