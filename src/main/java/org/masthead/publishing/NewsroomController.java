package org.masthead.publishing;

import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.masthead.accounts.Member;
import org.masthead.accounts.Role;
import org.masthead.publishing.NewsroomPolicy.Action;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** The newsroom's article list and editor. Every action is checked again in {@link Desk}. */
@Controller
class NewsroomController {

    static final int PAGE_SIZE = 30;

    private final NewsroomRepository newsroom;
    private final SectionRepository sections;
    private final AuthorRepository authors;
    private final Desk desk;
    private final Markdown markdown;
    private final Publishing publishing;
    private final MediaLibrary library;

    NewsroomController(NewsroomRepository newsroom, SectionRepository sections, AuthorRepository authors, Desk desk,
            Markdown markdown, Publishing publishing, MediaLibrary library) {
        this.newsroom = newsroom;
        this.sections = sections;
        this.authors = authors;
        this.desk = desk;
        this.markdown = markdown;
        this.publishing = publishing;
        this.library = library;
    }

    @GetMapping("/newsroom")
    String list(Member member, @RequestParam(required = false) String status,
            @RequestParam(required = false) Long section, @RequestParam(required = false) Long author,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, Model model) {
        Pager.checked(page);
        if (status != null && !List.of("draft", "review", "scheduled", "published", "").contains(status)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "The status filter takes draft, review, scheduled or published.");
        }
        String statusFilter = status == null || status.isEmpty() ? null : status;
        var rows = newsroom.list(statusFilter, section, author, q, PAGE_SIZE + 1, Pager.offset(page, PAGE_SIZE));
        Pager pager = new Pager(page, rows.size() > PAGE_SIZE, "/newsroom");
        desk(member, model);
        model.addAttribute("page", new NewsroomViews.ArticleList(Pager.fit(rows, page, PAGE_SIZE),
                statusFilter, section, author, q == null ? "" : q, sectionOptions(), authorOptions(), pager,
                publishing.publication().timeZone()));
        return "newsroom/list";
    }

    @GetMapping("/newsroom/articles/new")
    String newArticle(Member member, Model model) {
        NewsroomPolicy.require(member, Action.CREATE, NewsroomPolicy.Standing.NEW);
        return editor(member, ArticleForm.blank(null), null, null, null, null, model);
    }

    @GetMapping("/newsroom/articles/{id}")
    String edit(Member member, @PathVariable long id, @RequestParam(required = false) String saved, Model model) {
        var article = newsroom.editable(id).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such article."));
        NewsroomPolicy.require(member, Action.EDIT, article.standing());
        String notice = saved == null ? null : switch (saved) {
            case "publish" -> "Published. It is on the site now.";
            case "schedule" -> "Scheduled. It will appear on the site at the chosen time.";
            case "submit" -> "Submitted for review. An editor will look at it.";
            case "unpublish" -> "Unpublished. It is no longer on the site.";
            default -> "Saved.";
        };
        return editor(member, formOf(article), article, null, null, notice, model);
    }

    @PostMapping({ "/newsroom/articles", "/newsroom/articles/{id}" })
    String save(Member member, @PathVariable(required = false) Long id, @RequestParam(required = false) Integer version,
            @RequestParam(defaultValue = "") String headline, @RequestParam(defaultValue = "") String slug,
            @RequestParam(defaultValue = "") String standfirst, @RequestParam(defaultValue = "") String body,
            @RequestParam(required = false) Long sectionId, @RequestParam(required = false) List<Long> authorIds,
            @RequestParam(defaultValue = "") String tags, @RequestParam(required = false) Long leadMediaId,
            @RequestParam(defaultValue = "") String scheduleAt, @RequestParam(defaultValue = "save") String action,
            @RequestParam(required = false) MultipartFile leadImageFile, @RequestParam(defaultValue = "") String leadAlt,
            @RequestParam(defaultValue = "") String leadCaption, @RequestParam(defaultValue = "") String leadCredit,
            Model model, HttpServletResponse response) {
        ArticleForm form = new ArticleForm(id, version, headline, slug, standfirst, body, sectionId,
                authorIds == null ? List.of() : authorIds, tags, leadMediaId, scheduleAt);
        Desk.Intent intent = Desk.Intent.of(action);
        if (leadImageFile != null && !leadImageFile.isEmpty()) {
            // The picture joins the library first, so it is kept even if the article's save is refused.
            try {
                Media picture = MediaController.store(library, member, leadImageFile, leadAlt, leadCaption, leadCredit);
                form = new ArticleForm(id, version, headline, slug, standfirst, body, sectionId, form.authorIds(), tags,
                        picture.id(), scheduleAt);
            }
            catch (MediaRejected rejected) {
                response.setStatus(rejected.status());
                return editor(member, form, stored(id), "leadImageFile", rejected.getMessage(), null, model);
            }
        }
        try {
            long saved = desk.save(member, form, intent);
            return "redirect:/newsroom/articles/" + saved + "?saved=" + intent.name().toLowerCase(java.util.Locale.ROOT);
        }
        catch (ArticleProblem problem) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return editor(member, form, stored(id), problem.field(), problem.getMessage(), null, model);
        }
        catch (EditConflict conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return editor(member, form, stored(id), null, conflict.getMessage(), null, model);
        }
    }

    /** The live preview: the same renderer as the public page, so what the writer sees is what readers get. */
    @PostMapping(value = "/newsroom/preview", produces = "text/html;charset=UTF-8")
    @ResponseBody
    String preview(Member member, @RequestParam(defaultValue = "") String body) {
        NewsroomPolicy.require(member, Action.CREATE, NewsroomPolicy.Standing.NEW);
        if (body.length() > Desk.MAX_BODY) {
            throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, "The text is too long to preview.");
        }
        return markdown.toHtml(body);
    }

    /**
     * The editor page for a form, new or typed over a stored article; {@code stored} (null for a new
     * article) decides the status shown and what the writer may do, so it is read once per page.
     */
    private String editor(Member member, ArticleForm form, NewsroomRepository.Editable stored, String errorField,
            String error, String notice, Model model) {
        boolean mayPublish = NewsroomPolicy.may(member, Action.PUBLISH,
                stored == null ? NewsroomPolicy.Standing.newBy(member) : stored.standing());
        String status = stored == null ? Editorial.DRAFT : statusOf(stored);
        ZoneId zone = publishing.publication().timeZone();
        String scheduled = stored != null && Editorial.SCHEDULED.equals(stored.status()) && stored.publishedAt() != null
                ? DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm").format(
                        java.time.Instant.ofEpochMilli(stored.publishedAt()).atZone(zone))
                : null;
        desk(member, model);
        model.addAttribute("page", new NewsroomViews.Editor(form, status, stored == null ? null : "/articles/" + stored.slug(),
                sectionOptions(), authorOptions(), mediaOptions(), mayPublish, errorField, error, notice,
                markdown.toHtml(form.body()), scheduled, zone.getId()));
        return "newsroom/editor";
    }

    private void desk(Member member, Model model) {
        model.addAttribute("desk", new NewsroomViews.Desk(publishing.publication().name(), member,
                NewsroomPolicy.may(member, Action.MANAGE_TAXONOMY, NewsroomPolicy.Standing.NEW)));
    }

    private NewsroomRepository.Editable stored(Long id) {
        return id == null ? null : newsroom.editable(id).orElse(null);
    }

    static String statusOf(NewsroomRepository.Editable a) {
        return Editorial.DRAFT.equals(a.status()) && a.submittedAt() != null ? "review" : a.status();
    }

    static ArticleForm formOf(NewsroomRepository.Editable a) {
        return new ArticleForm(a.id(), a.version(), a.headline(), a.slug(), a.standfirst(), a.bodyMarkdown(),
                a.sectionId(), a.authorIds(), String.join(", ", a.tags()), a.leadMediaId(), "");
    }

    private List<NewsroomViews.Option> sectionOptions() {
        return sections.all().stream().map(s -> new NewsroomViews.Option(s.id(), s.name())).toList();
    }

    private List<NewsroomViews.Option> authorOptions() {
        return authors.all().stream().map(a -> new NewsroomViews.Option(a.id(), a.name())).toList();
    }

    private List<NewsroomViews.Option> mediaOptions() {
        return library.recent(60, 0).stream()
                .map(m -> new NewsroomViews.Option(m.id(), (m.alt().isBlank() ? m.originalName() : m.alt())
                        + " (" + m.width() + " × " + m.height() + ")"))
                .toList();
    }
}
