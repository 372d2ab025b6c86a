package org.masthead.moderation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.masthead.accounts.CurrentMember;
import org.masthead.accounts.Member;
import org.masthead.accounts.Role;
import org.masthead.newsroom.NewsroomMenu;
import org.masthead.publishing.ArticleRef;
import org.masthead.publishing.Publishing;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The rules page (owners and editors change, moderators read), with a box to try a comment against
 * them; and each article's own rules, where its discussion is also closed and reopened.
 */
@Controller
class RulesDesk {

    private static final Pattern DOMAIN = Pattern.compile(
            "[\\p{L}\\p{N}]([\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?(\\.[\\p{L}\\p{N}]([\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)+");
    private static final int LONGEST_LIST = 5_000;
    /** A stem with a * matches every word it begins; this many letters or fewer would match far too many. */
    private static final int MOST_SHORT_STEM = 2;

    private final RuleSettings settings;
    private final RuleBook book;
    private final Publishing publishing;
    private final NewsroomMenu menu;
    private final java.time.Clock clock;

    RulesDesk(RuleSettings settings, RuleBook book, Publishing publishing, NewsroomMenu menu, java.time.Clock clock) {
        this.clock = clock;
        this.settings = settings;
        this.book = book;
        this.publishing = publishing;
        this.menu = menu;
    }

    /** A form of rules, as stored or as typed, with the problem found in one of its fields. */
    interface RuleForm {

        Map<String, String> values();

        String error();

        String errorField();

        default String value(String name) {
            return values().getOrDefault(name, "");
        }
    }

    /** The rules page: the rules as stored or as typed, a problem, and a comment tried against them. */
    record RulesPage(Map<String, String> values, String notice, String error, String errorField, boolean mayChange,
            boolean mayAudit, String tried, ContentCheck.Finding finding) implements RuleForm {

        boolean on(String name) {
            return "yes".equals(values.get(name));
        }
    }

    @GetMapping(QueueDesk.PATH + "/rules")
    String rules(@CurrentMember Member member, @RequestParam(required = false) String done, Model model,
            HttpServletRequest request) {
        Moderation.require(member);
        return page(member, values(settings.rules()), "saved".equals(done) ? "The rules are saved." : null, null, null,
                null, model, request);
    }

    @PostMapping(QueueDesk.PATH + "/rules")
    String save(@CurrentMember Member member, @RequestParam Map<String, String> form, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        Moderation.require(member);
        if (!RuleSettings.mayChange(member)) {
            throw new ModerationProblem(403, null, "Only the publication's owners and editors change its moderation rules.");
        }
        try {
            settings.save(member, parse(form));
            return "redirect:" + QueueDesk.PATH + "/rules?done=saved";
        }
        catch (ModerationProblem problem) {
            response.setStatus(problem.getStatusCode().value());
            return page(member, form, null, problem, null, null, model, request);
        }
    }

    /** Tries a comment against the rules' words and the scorer, storing nothing: how the rules would see it, and why. */
    @PostMapping(QueueDesk.PATH + "/rules/try")
    String tryComment(@CurrentMember Member member, @RequestParam(defaultValue = "") String text, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        Moderation.require(member);
        if (text.isBlank() || text.length() > 10_000) {
            response.setStatus(400);
            return page(member, values(settings.rules()), null,
                    ModerationProblem.input("text", "Write a comment of up to 10,000 characters to try."), text, null,
                    model, request);
        }
        return page(member, values(settings.rules()), null, null, text, book.check(text), model, request);
    }

    /**
     * An article's own rules and whether its discussion is open, with the publication's rules beside
     * them, so that "as the publication" says what that is.
     */
    record ArticlePage(ArticleRef article, Map<String, String> values, boolean closed, String closedReason,
            String notice, String error, String errorField, boolean mayAudit, boolean mayChangeRules,
            Map<String, String> publication) implements RuleForm {

        /** The field's name as its label says it, for the link to it beside a problem. */
        String labelOf(String field) {
            return switch (field) {
                case "discussion" -> "The discussion";
                case "holdAll" -> "Hold every comment";
                case "holdFirst" -> "Hold a commenter's comments";
                case "mostLinks" -> "Hold comments with more links";
                case "rejectionRate" -> "Hold commenters with comments refused";
                case "repeatAcross" -> "The same words on several articles";
                case "scorer" -> "The scorer";
                case "bannedWords" -> "The publication's banned words";
                case "moreBanned" -> "More banned words";
                case "suspectWords" -> "The publication's suspect words";
                case "moreSuspect" -> "More suspect words";
                case "blockedDomains" -> "The publication's blocked email domains";
                case "closeAfterDays" -> "Close this many days after publication";
                default -> "the field";
            };
        }

        /** Whether "closed" is chosen: as typed, when the form came back with a problem, or as stored. */
        boolean closeChosen() {
            return switch (values.getOrDefault("discussion", "")) {
                case "close" -> true;
                case "open" -> false;
                default -> closed;
            };
        }

        /** What the publication's rule is, in a few words. */
        String publicationSays(String name) {
            String value = publication.getOrDefault(name, "");
            return switch (name) {
                case "holdAll", "scorer", "repeatAcross" -> "yes".equals(value) ? "on" : "off";
                case "bannedWords", "suspectWords", "blockedDomains" -> {
                    int entries = value.isEmpty() ? 0 : value.split("\n").length;
                    yield entries == 0 ? "none" : entries + (name.equals("blockedDomains") ? " domain" : " word")
                            + (entries == 1 ? "" : "s");
                }
                case "mostLinks" -> value.isEmpty() ? "any number" : value;
                default -> value;
            };
        }
    }

    @GetMapping(QueueDesk.PATH + "/articles/{id}")
    String article(@CurrentMember Member member, @PathVariable long id, @RequestParam(required = false) String done,
            Model model, HttpServletRequest request) {
        Moderation.require(member);
        ArticleRef article = article(id);
        return articlePage(member, article, values(settings.of(id)), "saved".equals(done) ? "Saved." : null, null, model,
                request);
    }

    @PostMapping(QueueDesk.PATH + "/articles/{id}")
    String saveArticle(@CurrentMember Member member, @PathVariable long id, @RequestParam Map<String, String> form,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        Moderation.require(member);
        ArticleRef article = article(id);
        ArticleRules before = settings.of(id);
        try {
            String close = form.getOrDefault("discussion", "");
            Long closedAt = switch (close) {
                case "close" -> before.closedAt() != null ? before.closedAt() : clock.millis();
                case "open" -> null;
                case "" -> before.closedAt();
                default -> throw ModerationProblem.input("discussion", "Choose to close or to open the discussion.");
            };
            // Moderators open and close a discussion; its rules are the owners' and editors' to change.
            ArticleRules rules = RuleSettings.mayChange(member) ? parseArticle(id, form, closedAt) : before.withClosedAt(closedAt);
            String what = closedAt != null && before.closedAt() == null ? "discussion closed"
                    : closedAt == null && before.closedAt() != null ? "discussion reopened" : "article rules changed";
            settings.save(member, rules, what);
            return "redirect:" + QueueDesk.PATH + "/articles/" + id + "?done=saved";
        }
        catch (ModerationProblem problem) {
            response.setStatus(problem.getStatusCode().value());
            return articlePage(member, article, form, null, problem, model, request);
        }
    }

    private String page(Member member, Map<String, String> values, String notice, ModerationProblem problem,
            String tried, ContentCheck.Finding finding, Model model, HttpServletRequest request) {
        model.addAttribute("desk", menu.chrome(member, request));
        model.addAttribute("page", new RulesPage(values, notice, problem == null ? null : problem.getMessage(),
                problem == null ? null : problem.field(), RuleSettings.mayChange(member), member.role() == Role.OWNER,
                tried, finding));
        return "moderation/rules";
    }

    private String articlePage(Member member, ArticleRef article, Map<String, String> values, String notice,
            ModerationProblem problem, Model model, HttpServletRequest request) {
        ArticleRules own = settings.of(article.id());
        model.addAttribute("desk", menu.chrome(member, request));
        model.addAttribute("page", new ArticlePage(article, values, own.closedAt() != null, book.closed(article), notice,
                problem == null ? null : problem.getMessage(), problem == null ? null : problem.field(),
                member.role() == Role.OWNER, RuleSettings.mayChange(member), values(settings.rules())));
        return "moderation/article";
    }

    private ArticleRef article(long id) {
        return publishing.article(id).orElseThrow(() -> new ModerationProblem(404, null, "There is no article " + id + "."));
    }

    static Map<String, String> values(Rules r) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("holdAll", r.holdAll() ? "yes" : "");
        values.put("holdFirst", Integer.toString(r.holdFirst()));
        values.put("mostLinks", r.mostLinks() < 0 ? "" : Integer.toString(r.mostLinks()));
        values.put("bannedWords", String.join("\n", r.bannedWords()));
        values.put("suspectWords", String.join("\n", r.suspectWords()));
        values.put("blockedDomains", String.join("\n", r.blockedDomains()));
        values.put("rejectionRate", Integer.toString(r.rejectionRate()));
        values.put("repeatAcross", r.repeatAcross() ? "yes" : "");
        values.put("scorer", r.scorer() ? "yes" : "");
        values.put("abuseThreshold", Integer.toString(r.abuseThreshold()));
        values.put("reportThreshold", Integer.toString(r.reportThreshold()));
        values.put("closeAfterDays", Integer.toString(r.closeAfterDays()));
        values.put("digest", r.digest() ? "yes" : "");
        return values;
    }

    private static Map<String, String> values(ArticleRules a) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("holdAll", switchValue(a.holdAll()));
        values.put("holdFirst", a.holdFirst() == null ? "" : Integer.toString(a.holdFirst()));
        values.put("mostLinks", a.mostLinks() == null ? "" : Integer.toString(a.mostLinks()));
        values.put("scorer", switchValue(a.scorer()));
        values.put("closeAfterDays", a.closeAfterDays() == null ? "" : Integer.toString(a.closeAfterDays()));
        values.put("bannedWords", switchValue(a.bannedWords()));
        values.put("moreBanned", String.join("\n", a.moreBanned()));
        values.put("suspectWords", switchValue(a.suspectWords()));
        values.put("moreSuspect", String.join("\n", a.moreSuspect()));
        values.put("blockedDomains", switchValue(a.blockedDomains()));
        values.put("rejectionRate", a.rejectionRate() == null ? "" : Integer.toString(a.rejectionRate()));
        values.put("repeatAcross", switchValue(a.repeatAcross()));
        return values;
    }

    private static String switchValue(Boolean on) {
        return on == null ? "" : on ? "on" : "off";
    }

    /** An article's own rules as typed; an empty field or "as the publication" leaves a rule to the publication. */
    static ArticleRules parseArticle(long id, Map<String, String> form, Long closedAt) {
        return new ArticleRules(id, choice(form, "holdAll"), count(form, "holdFirst", 0, 100),
                count(form, "mostLinks", -1, 50), choice(form, "scorer"), count(form, "closeAfterDays", 0, 3650),
                closedAt, offOnly(form, "bannedWords"), words(form, "moreBanned"), offOnly(form, "suspectWords"),
                words(form, "moreSuspect"), offOnly(form, "blockedDomains"), count(form, "rejectionRate", 0, 100),
                choice(form, "repeatAcross"));
    }

    /** A list the article follows, or does without: null or false. */
    private static Boolean offOnly(Map<String, String> form, String field) {
        return switch (form.getOrDefault(field, "")) {
            case "" -> null;
            case "off" -> false;
            default -> throw ModerationProblem.input(field, "Choose as the publication, or not on this article.");
        };
    }

    static Rules parse(Map<String, String> form) {
        String links = form.getOrDefault("mostLinks", "").strip();
        return new Rules("yes".equals(form.get("holdAll")), number(form, "holdFirst", 0, 100),
                links.isEmpty() ? -1 : number(form, "mostLinks", 0, 50), words(form, "bannedWords"),
                words(form, "suspectWords"), domains(form), number(form, "rejectionRate", 0, 100),
                "yes".equals(form.get("repeatAcross")), "yes".equals(form.get("scorer")),
                number(form, "abuseThreshold", 1, 100), number(form, "reportThreshold", 0, 100),
                number(form, "closeAfterDays", 0, 3650), "yes".equals(form.get("digest")));
    }

    private static int number(Map<String, String> form, String field, int least, int most) {
        String typed = form.getOrDefault(field, "").strip();
        try {
            int value = Integer.parseInt(typed);
            if (value >= least && value <= most) {
                return value;
            }
        }
        catch (NumberFormatException notANumber) {
            // said below
        }
        throw ModerationProblem.input(field, "Give a whole number from " + least + " to " + most + ".");
    }

    /** An article's number, or null when left empty to follow the publication. */
    private static Integer count(Map<String, String> form, String field, int least, int most) {
        return form.getOrDefault(field, "").isBlank() ? null : number(form, field, least, most);
    }

    private static Boolean choice(Map<String, String> form, String field) {
        return switch (form.getOrDefault(field, "")) {
            case "" -> null;
            case "on" -> true;
            case "off" -> false;
            default -> throw ModerationProblem.input(field, "Choose on, off or as the publication.");
        };
    }

    private static List<String> words(Map<String, String> form, String field) {
        List<String> entries = RulesRepository.lines(form.getOrDefault(field, ""));
        if (entries.size() > LONGEST_LIST) {
            throw ModerationProblem.input(field, "Keep the list to " + LONGEST_LIST + " entries at most; it has " + entries.size() + ".");
        }
        for (String entry : entries) {
            if (entry.length() > 100) {
                throw ModerationProblem.input(field, "Keep each entry to 100 characters at most: “"
                        + entry.substring(0, entry.offsetByCodePoints(0, 40)) + "…” is longer.");
            }
            if (entry.codePoints().noneMatch(Character::isLetterOrDigit)) {
                throw ModerationProblem.input(field, "Each entry needs a letter: “" + entry + "” has none.");
            }
            // "a*" would take every word that begins with an a.
            if (entry.endsWith("*") && entry.codePoints().filter(Character::isLetterOrDigit).count() < MOST_SHORT_STEM + 1) {
                throw ModerationProblem.input(field, "“" + entry + "” would match too many words: give at least "
                        + (MOST_SHORT_STEM + 1) + " letters before the *.");
            }
            if (entry.chars().anyMatch(Character::isISOControl) || entry.codePoints().anyMatch(RulesDesk::invisible)) {
                // Invisible characters (a right-to-left override, say) would make an entry look like another.
                throw ModerationProblem.input(field, "Remove the control and invisible formatting characters from the list.");
            }
        }
        return entries;
    }

    /** A formatting character nobody sees; the joiners that Persian and Indic words need are not. */
    private static boolean invisible(int codePoint) {
        return Character.getType(codePoint) == Character.FORMAT && codePoint != 0x200C && codePoint != 0x200D;
    }

    private static List<String> domains(Map<String, String> form) {
        List<String> domains = RulesRepository.lines(form.getOrDefault("blockedDomains", "")).stream()
                .map(d -> d.toLowerCase(java.util.Locale.ROOT)).toList();
        if (domains.size() > LONGEST_LIST) {
            throw ModerationProblem.input("blockedDomains", "Keep the list to " + LONGEST_LIST + " domains at most.");
        }
        for (String domain : domains) {
            if (!DOMAIN.matcher(domain).matches() || domain.length() > 253) {
                throw ModerationProblem.input("blockedDomains", "“" + (domain.length() > 60 ? domain.substring(0, 60) + "…" : domain)
                        + "” is not a domain; write one per line, like mailinator.com.");
            }
        }
        return domains;
    }
}
