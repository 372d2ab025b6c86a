package org.masthead.moderation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.masthead.accounts.CurrentMember;
import org.masthead.accounts.Member;
import org.masthead.accounts.Role;
import org.masthead.discussion.CommentRecord;
import org.masthead.discussion.CommentRecords;
import org.masthead.discussion.CommentStatus;
import org.masthead.newsroom.NewsroomMenu;
import org.masthead.newsroom.NewsroomPage;
import org.masthead.publishing.ArticleRef;
import org.masthead.publishing.Publication;
import org.masthead.publishing.Publishing;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * The moderation queue in the newsroom, for moderators, editors and owners: tabs Pending, Reported,
 * Spam, Approved and Rejected, each comment in its thread with the writer's record and why it is
 * there; decisions one at a time or in bulk, by buttons or by keyboard.
 */
@Controller
class QueueDesk {

    static final String PATH = "/newsroom/moderation";
    static final int PAGE = 30;

    private final Moderation moderation;
    private final CommentRecords records;
    private final ReportRepository reports;
    private final Publishing publishing;
    private final NewsroomMenu menu;

    QueueDesk(Moderation moderation, CommentRecords records, ReportRepository reports, Publishing publishing,
            NewsroomMenu menu) {
        this.moderation = moderation;
        this.records = records;
        this.reports = reports;
        this.publishing = publishing;
        this.menu = menu;
    }

    /** The queue's entry in the newsroom's menu, with what waits: held comments and reported ones. */
    @Bean
    static NewsroomPage moderationPage(CommentRecords records, ReportRepository reports) {
        return new NewsroomPage("Moderation", PATH, 70, Moderation::mayModerate, member -> waiting(records, reports));
    }

    /** Comments waiting for a moderator: those held, and reported ones still up (a hidden one is held already). */
    static long waiting(CommentRecords records, ReportRepository reports) {
        // A reported comment that is held (hidden by its reports, or by its writer's edit) counts as held. The
        // menu is drawn on every newsroom page: past a thousand reported comments it counts a thousand.
        return records.count(CommentStatus.PENDING) + records.countPublic(reports.openlyReported(1_000));
    }

    @GetMapping(PATH)
    String queue(@CurrentMember Member member, @RequestParam(defaultValue = "pending") String tab,
            @RequestParam(defaultValue = "newest") String order, @RequestParam(required = false) String after,
            @RequestParam(required = false) String done, @RequestParam(required = false) Integer meanwhile, Model model,
            HttpServletRequest request) {
        Moderation.require(member);
        return render(member, tab, order, after, notice(done, meanwhile == null ? 0 : meanwhile), null, model, request);
    }

    @PostMapping(PATH + "/decide")
    String decide(@CurrentMember Member member, @RequestParam(required = false) List<Long> ids,
            @RequestParam(required = false) String action, @RequestParam(required = false) String one,
            @RequestParam(required = false) List<String> was,
            @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "pending") String tab,
            @RequestParam(defaultValue = "newest") String order, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        Moderation.require(member);
        try {
            // Where to go back to is checked before anything is decided.
            String back = PATH + "?tab=" + tab(tab) + (newest(order) ? "" : "&order=oldest") + "&done=";
            List<Long> chosen;
            Moderation.Action what;
            if (one != null && (one.startsWith("pick:") || one.startsWith("unpick:"))) {
                moderation.pick(member, number(one.substring(one.indexOf(':') + 1)), one.startsWith("pick:"));
                return "redirect:" + back + (one.startsWith("pick:") ? "1-picked" : "1-unpicked");
            }
            if (one != null && !one.isBlank()) {
                // A button on one comment says what and which: "approve:42".
                String[] parts = one.split(":", 2);
                what = Moderation.Action.of(parts[0]);
                chosen = List.of(number(parts.length > 1 ? parts[1] : ""));
            }
            else {
                what = Moderation.Action.of(action);
                chosen = ids == null ? List.of() : ids;
            }
            Moderation.Outcome outcome = moderation.decide(member, chosen, what, reason, shown(was));
            return "redirect:" + back + outcome.changed() + "-" + what.done
                    + (outcome.meanwhile() > 0 ? "&meanwhile=" + outcome.meanwhile() : "");
        }
        catch (ModerationProblem problem) {
            response.setStatus(problem.getStatusCode().value());
            boolean known = List.of("pending", "reported", "spam", "approved", "rejected").contains(tab);
            return render(member, known ? tab : "pending", "oldest".equals(order) ? "oldest" : "newest", null, null,
                    problem.getMessage(), model, request);
        }
    }

    private String render(Member member, String typedTab, String order, String after, String notice, String error,
            Model model, HttpServletRequest request) {
        String tab = tab(typedTab);
        boolean newest = newest(order);
        List<CommentRecord> found = new ArrayList<>();
        Map<Long, List<String>> reasons = new HashMap<>();
        String next = null;
        if (tab.equals("reported")) {
            List<ReportRepository.Reported> reported = reports.reported(newest, 100);
            Map<Long, CommentRecord> byId = new HashMap<>();
            records.find(reported.stream().map(ReportRepository.Reported::commentId).toList()).forEach(c -> byId.put(c.id(), c));
            for (ReportRepository.Reported r : reported) {
                Optional.ofNullable(byId.get(r.commentId())).ifPresent(found::add);
            }
            reports.reasons(byId.keySet()).forEach((id, complaints) -> reasons.put(id, complaints.stream()
                    .map(reason -> Reports.Reason.labelOf(reason.reason())
                            + (reason.details() == null ? "" : ": " + reason.details())).toList()));
        }
        else {
            found = records.withStatus(status(tab), newest, cursor(after), PAGE + 1);
            if (found.size() > PAGE) {
                found = found.subList(0, PAGE);
                CommentRecord last = found.get(PAGE - 1);
                next = last.createdAt() + ":" + last.id();
            }
        }
        Publication publication = publishing.publication();
        DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", publication.locale());
        // What a page shows beside each comment is read for the whole page at once, a few queries in all.
        Map<Long, ArticleRef> articles = publishing.articles(found.stream().map(CommentRecord::articleId).distinct().toList());
        Map<String, CommentRecords.History> histories = records.histories(found.stream().map(CommentRecord::writer).toList());
        Map<Long, Explanation> explanations = moderation.explanations(found.stream().map(CommentRecord::id).toList());
        Map<Long, List<CommentRecord>> ancestors = records.ancestors(found, 2);
        List<QueueView.Item> items = new ArrayList<>();
        for (CommentRecord c : found) {
            ArticleRef article = articles.get(c.articleId());
            Explanation why = explanations.get(c.id());
            items.add(new QueueView.Item(c.id(), c.articleId(), article == null ? "(article deleted)" : article.headline(),
                    article == null ? null : UriUtils.encodePath(article.path(), java.nio.charset.StandardCharsets.UTF_8),
                    c.authorName(), c.userId() != null ? "Member" : "Guest · " + c.authorEmail(), c.bodyHtml(), c.quote(),
                    when.format(Instant.ofEpochMilli(c.createdAt()).atZone(publication.timeZone())), label(c.status()),
                    ancestors.get(c.id()).stream().map(a -> a.authorName() + ": " + AuditRepository.excerpt(a.bodyMarkdown()))
                            .toList(),
                    history(histories.get(c.writer())), why == null || why.rule() == null ? null : Rule.labelOf(why.rule()),
                    why == null ? 0 : (int) Math.round(why.abuse() * 100), why == null ? 0 : (int) Math.round(why.spam() * 100),
                    why == null ? List.of() : why.evidence(), reasons.getOrDefault(c.id(), List.of()), c.isDeleted(),
                    c.status() == CommentStatus.APPROVED && !c.isDeleted(), c.pickedAt() != null, c.status().code()));
        }
        List<QueueView.Tab> tabs = List.of(
                new QueueView.Tab("pending", "Pending", records.count(CommentStatus.PENDING), tab.equals("pending")),
                new QueueView.Tab("reported", "Reported", reports.reportedCount(), tab.equals("reported")),
                new QueueView.Tab("spam", "Spam", 0, tab.equals("spam")),
                new QueueView.Tab("approved", "Approved", 0, tab.equals("approved")),
                new QueueView.Tab("rejected", "Rejected", 0, tab.equals("rejected")));
        model.addAttribute("desk", menu.chrome(member, request));
        model.addAttribute("page", new QueueView.Page(tabs, tab, newest, items, next, notice, error,
                member.role() == Role.OWNER));
        return "moderation/queue";
    }

    /** The statuses the page showed, sent with the decision as "42:pending". */
    private static Map<Long, CommentStatus> shown(List<String> was) {
        Map<Long, CommentStatus> shown = new HashMap<>();
        if (was == null) {
            return shown;
        }
        for (String pair : was) {
            String[] parts = pair.split(":", 2);
            if (parts.length != 2 || !parts[0].matches("\\d{1,18}")) {
                throw new ModerationProblem(400, null, "This form has been changed: reload the page and try again.");
            }
            try {
                shown.put(Long.parseLong(parts[0]), CommentStatus.fromCode(parts[1]));
            }
            catch (IllegalArgumentException unknown) {
                throw new ModerationProblem(400, null, "This form has been changed: reload the page and try again.");
            }
        }
        return shown;
    }

    private static String history(CommentRecords.History h) {
        if (h.total() <= 1) {
            return "First comment";
        }
        return h.total() + " comments: " + h.approved() + " approved, " + h.rejected() + " refused"
                + (h.approved() + h.rejected() == 0 ? "" : " (" + Math.round(h.rejectionRate() * 100) + "% refused)")
                + (h.pending() > 0 ? ", " + h.pending() + " waiting" : "");
    }

    private static String label(CommentStatus status) {
        return switch (status) {
            case PENDING -> "Pending";
            case APPROVED -> "Approved";
            case SPAM -> "Spam";
            case TRASH -> "Rejected";
        };
    }

    private static String notice(String done, int meanwhile) {
        if ("1-picked".equals(done)) {
            return "The comment is an editor's pick: it shows above the discussion.";
        }
        if ("1-unpicked".equals(done)) {
            return "The comment is no longer an editor's pick.";
        }
        if (done == null || !done.matches("\\d{1,4}-(approved|rejected|spam)")) {
            return null;
        }
        String[] parts = done.split("-");
        int n = Integer.parseInt(parts[0]);
        String what = switch (parts[1]) {
            case "approved" -> "approved";
            case "rejected" -> "rejected";
            default -> "marked as spam";
        };
        String others = meanwhile <= 0 ? "" : (meanwhile == 1 ? "One comment was" : meanwhile + " comments were")
                + " decided by someone else meanwhile, and left as they decided.";
        if (n == 0) {
            return meanwhile > 0 ? "Nothing changed. " + others : "Nothing changed: those comments were " + what + " already.";
        }
        return ((n == 1 ? "1 comment " : n + " comments ") + what + ". " + others).strip();
    }

    private static String tab(String typed) {
        return switch (typed) {
            case "pending", "reported", "spam", "approved", "rejected" -> typed;
            default -> throw new ModerationProblem(400, null, "The queue has the tabs pending, reported, spam, approved and rejected.");
        };
    }

    private static CommentStatus status(String tab) {
        return switch (tab) {
            case "pending" -> CommentStatus.PENDING;
            case "spam" -> CommentStatus.SPAM;
            case "approved" -> CommentStatus.APPROVED;
            default -> CommentStatus.TRASH;
        };
    }

    private static boolean newest(String order) {
        return switch (order) {
            case "newest" -> true;
            case "oldest" -> false;
            default -> throw new ModerationProblem(400, null, "The queue is in order newest or oldest.");
        };
    }

    private static CommentRecords.Cursor cursor(String after) {
        if (after == null || after.isBlank()) {
            return null;
        }
        if (!after.matches("\\d{1,18}:\\d{1,18}")) {
            throw new ModerationProblem(400, null, "This page's address has been changed: go back to the first page.");
        }
        String[] parts = after.split(":");
        return new CommentRecords.Cursor(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
    }

    static long number(String typed) {
        try {
            return Long.parseLong(typed.strip());
        }
        catch (NumberFormatException notANumber) {
            throw new ModerationProblem(400, null, "This form has been changed: reload the page and try again.");
        }
    }
}
