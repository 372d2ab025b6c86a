package org.masthead.moderation;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.masthead.accounts.Accounts;
import org.masthead.accounts.CurrentMember;
import org.masthead.accounts.Member;
import org.masthead.accounts.Role;
import org.masthead.newsroom.NewsroomMenu;
import org.masthead.publishing.Publication;
import org.masthead.publishing.Publishing;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log, for owners: every moderation action and automatic decision, filtered and paged. */
@Controller
class AuditDesk {

    static final int PAGE = 50;
    static final List<String> ACTIONS = List.of("held", "spam", "refused", "hidden", "approved", "rejected", "banned",
            "ban lifted", "held after edit", "rules changed", "article rules changed", "discussion closed",
            "discussion reopened", "picked", "unpicked");

    private final AuditRepository audit;
    private final Accounts accounts;
    private final Publishing publishing;
    private final NewsroomMenu menu;

    AuditDesk(AuditRepository audit, Accounts accounts, Publishing publishing, NewsroomMenu menu) {
        this.audit = audit;
        this.accounts = accounts;
        this.publishing = publishing;
        this.menu = menu;
    }

    /** A line as the page shows it. */
    record Line(String when, String actor, boolean rule, String action, Long commentId, Long articleId, String writer,
            String excerpt, String reason) {
    }

    /** The page: the filters as chosen, the people to choose from, the lines and the next page's mark. */
    record AuditPage(String action, String actor, String from, String to, String comment, List<String> actions,
            Map<Long, String> staff, List<Line> lines, String next) {

        String nextAddress() {
            return "/newsroom/moderation/audit?action=" + enc(action) + "&actor=" + enc(actor) + "&from=" + enc(from)
                    + "&to=" + enc(to) + "&comment=" + enc(comment) + "&before=" + next;
        }

        private static String enc(String value) {
            return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @GetMapping(QueueDesk.PATH + "/audit")
    String page(@CurrentMember Member member, @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String comment,
            @RequestParam(required = false) Long before, Model model, HttpServletRequest request) {
        if (member == null || member.role() != Role.OWNER) {
            throw new ModerationProblem(403, null, "Only the publication's owners read the moderation audit log.");
        }
        if (!action.isEmpty() && !ACTIONS.contains(action)) {
            throw ModerationProblem.input("action", "There is no such action in the log.");
        }
        if (!actor.isEmpty() && !actor.equals("rules") && !actor.matches("\\d{1,18}")) {
            throw ModerationProblem.input("actor", "Choose a person, or the rules.");
        }
        if (!comment.isEmpty() && !comment.strip().matches("\\d{1,18}")) {
            throw ModerationProblem.input("comment", "A comment is found by its number.");
        }
        Publication publication = publishing.publication();
        ZoneId zone = publication.timeZone();
        Long fromMoment = day(from, "from", zone, 0);
        Long toMoment = day(to, "to", zone, 1);
        List<AuditLine> found = audit.list(new AuditRepository.Filter(action.isEmpty() ? null : action,
                actor.isEmpty() ? null : actor, comment.isEmpty() ? null : Long.valueOf(comment.strip()), fromMoment,
                toMoment, before), PAGE + 1);
        String next = found.size() > PAGE ? Long.toString(found.get(PAGE - 1).id()) : null;
        DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", publication.locale());
        List<Line> lines = found.stream().limit(PAGE).map(l -> new Line(when.format(Instant.ofEpochMilli(l.at()).atZone(zone)),
                l.actor(), l.actorId() == null, l.action(), l.commentId(), l.articleId(), l.writer(), l.excerpt(),
                l.reason())).toList();
        Map<Long, String> staff = accounts.members().stream().filter(m -> m.role() != Role.READER)
                .collect(Collectors.toMap(Member::id, Member::displayName, (a, b) -> a, java.util.LinkedHashMap::new));
        model.addAttribute("desk", menu.chrome(member, request));
        model.addAttribute("page", new AuditPage(action, actor, from, to, comment.strip(), ACTIONS, staff, lines, next));
        return "moderation/audit";
    }

    private static Long day(String typed, String field, ZoneId zone, int plusDays) {
        if (typed.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(typed.strip());
            if (day.getYear() < 1970 || day.getYear() > 9999) {
                throw ModerationProblem.input(field, "Give a day between the years 1970 and 9999.");
            }
            return day.plusDays(plusDays).atStartOfDay(zone).toInstant().toEpochMilli();
        }
        catch (java.time.DateTimeException notADay) {
            throw ModerationProblem.input(field, "Give days as 2026-11-30.");
        }
    }
}
