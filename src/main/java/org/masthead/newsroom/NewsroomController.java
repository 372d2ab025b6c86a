package org.masthead.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.masthead.accounts.CurrentMember;
import org.masthead.accounts.Member;
import org.masthead.media.Media;
import org.masthead.media.MediaLibrary;
import org.masthead.media.MediaRejected;
import org.masthead.newsroom.NewsroomPolicy.Action;
import org.masthead.pages.Pager;
import org.masthead.publishing.ArticleDraft;
import org.masthead.publishing.ArticleRef;
import org.masthead.publishing.EditRejected;
import org.masthead.publishing.Editorial;
import org.masthead.publishing.Publishing;
import org.masthead.publishing.Taxonomy;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** The newsroom's article list and editor. Every action is checked again by the {@link Desk}. */
@Controller
class NewsroomController {

    static final int PAGE_SIZE = 30;
    private static final DateTimeFormatter SCHEDULED = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm");

    private final Editorial editorial;
    private final Taxonomy taxonomy;
    private final Desk desk;
    private final Publishing publishing;
    private final MediaLibrary library;
    private final NewsroomMenu menu;
    private final MessageSource messages;

    NewsroomController(Editorial editorial, Taxonomy taxonomy, Desk desk, Publishing publishing, MediaLibrary library,
            NewsroomMenu menu, MessageSource messages) {
        this.editorial = editorial;
        this.taxonomy = taxonomy;
        this.desk = desk;
        this.publishing = publishing;
        this.library = library;
        this.menu = menu;
        this.messages = messages;
    }

    @GetMapping("/newsroom")
    String list(@CurrentMember Member member, @RequestParam(required = false) String status,
            @RequestParam(required = false) Long section, @RequestParam(required = false) Long author,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, Model model,
            HttpServletRequest request) {
        if (!member.role().writes()) {
            // A moderator has no articles to see: their desk is the first page the menu offers them.
            return menu.chrome(member, request).menu().stream().findFirst().map(item -> "redirect:" + item.path())
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "Your role has no newsroom pages."));
        }
        Pager.checked(page);
        Editorial.Stage stage = stage(status);
        var rows = editorial.list(new Editorial.Filter(stage, section, author, q), PAGE_SIZE + 1,
                Pager.offset(page, PAGE_SIZE));
        Pager pager = new Pager(page, rows.size() > PAGE_SIZE, "/newsroom");
        model.addAttribute("desk", menu.chrome(member, request));
        model.addAttribute("page", new NewsroomViews.ArticleList(Pager.fit(rows, page, PAGE_SIZE), stage, section,
                author, q == null ? "" : q, sectionOptions(), authorOptions(), pager,
                publishing.publication().timeZone()));
        return "newsroom/list";
    }

    @GetMapping("/newsroom/articles/new")
    String newArticle(@CurrentMember Member member, Model model, HttpServletRequest request) {
        NewsroomPolicy.require(member, Action.CREATE);
        return editor(member, ArticleForm.blank(), null, Map.of(), null, model, request);
    }

    @GetMapping("/newsroom/articles/{id}")
    String edit(@CurrentMember Member member, @PathVariable long id, @RequestParam(required = false) String saved,
            Model model, HttpServletRequest request) {
        var article = editorial.editable(id).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such article."));
        NewsroomPolicy.require(member, Action.EDIT, Desk.standing(article));
        String notice = saved == null ? null : switch (saved) {
            case "publish" -> "Published. It is on the site now.";
            case "schedule" -> "Scheduled. It will appear on the site at the chosen time.";
            case "submit" -> "Submitted for review. An editor will look at it.";
            case "unpublish" -> "Unpublished. It is no longer on the site.";
            default -> "Saved.";
        };
        return editor(member, formOf(article), article, Map.of(), notice, model, request);
    }

    @PostMapping({ "/newsroom/articles", "/newsroom/articles/{id}" })
    String save(@CurrentMember Member member, @PathVariable(required = false) Long id,
            @Valid @ModelAttribute("form") ArticleForm form, BindingResult binding,
            @RequestParam(required = false) MultipartFile leadImageFile, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        Editorial.Editable stored = id == null ? null : editorial.editable(id).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such article."));
        NewsroomPolicy.require(member, stored == null ? Action.CREATE : Action.EDIT,
                stored == null ? NewsroomPolicy.Standing.newBy(member) : Desk.standing(stored));
        Map<String, String> problems = new LinkedHashMap<>();
        if (leadImageFile != null && !leadImageFile.isEmpty()) {
            // The picture joins the library first, so it is kept even if the article's save is refused.
            try {
                NewsroomPolicy.require(member, Action.UPLOAD_MEDIA);
                Media picture = MediaController.store(library, member, leadImageFile, form.leadAlt(),
                        form.leadCaption(), form.leadCredit());
                form = form.withLeadPicture(picture.id());
            }
            catch (MediaRejected rejected) {
                response.setStatus(rejected.status());
                problems.put("leadImageFile", rejected.getMessage());
            }
        }
        problems.putAll(errors(binding));
        if (!problems.isEmpty()) {
            if (response.getStatus() < 400) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
            return editor(member, form, stored, problems, null, model, request);
        }
        try {
            ArticleRef saved = desk.save(member, id, form);
            return "redirect:/newsroom/articles/" + saved.id() + "?saved=" + Desk.Intent.of(form.action()).code();
        }
        catch (EditRejected.Conflict conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return editor(member, form, stored, Map.of("", conflict.getMessage()), null, model, request);
        }
        catch (EditRejected rejected) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return editor(member, form, stored, Map.of(rejected.field() == null ? "" : rejected.field(),
                    rejected.getMessage()), null, model, request);
        }
    }

    /** The live preview: the same renderer as the public page, so what the writer sees is what readers get. */
    @PostMapping(value = "/newsroom/preview", produces = "text/html;charset=UTF-8")
    @ResponseBody
    String preview(@CurrentMember Member member, @RequestParam(defaultValue = "") String body) {
        NewsroomPolicy.require(member, Action.CREATE);
        if (body.length() > ArticleDraft.MAX_BODY) {
            throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, "The text is too long to preview.");
        }
        return editorial.preview(body);
    }

    /**
     * The editor page for a form, new or typed over a stored article; {@code stored} (null for a new
     * article) decides the stage shown and what the writer may do, so it is read once per page.
     */
    private String editor(Member member, ArticleForm form, Editorial.Editable stored, Map<String, String> errors,
            String notice, Model model, HttpServletRequest request) {
        boolean mayPublish = NewsroomPolicy.may(member, Action.PUBLISH,
                stored == null ? NewsroomPolicy.Standing.newBy(member) : Desk.standing(stored));
        ZoneId zone = publishing.publication().timeZone();
        String scheduled = stored != null && stored.stage() == Editorial.Stage.SCHEDULED && stored.publishedAt() != null
                ? SCHEDULED.format(stored.publishedAt().atZone(zone)) : null;
        model.addAttribute("desk", menu.chrome(member, request));
        model.addAttribute("page", new NewsroomViews.Editor(form,
                stored == null ? Editorial.Stage.DRAFT : stored.stage(),
                stored == null ? null : "/articles/" + stored.slug(), sectionOptions(), authorOptions(),
                mediaOptions(), mayPublish, errors, notice, editorial.preview(form.body()), scheduled, zone.getId()));
        return "newsroom/editor";
    }

    /** Each field's first problem, in words a writer reads. */
    private Map<String, String> errors(BindingResult binding) {
        Map<String, String> found = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            found.putIfAbsent(error.getField().replaceAll("\\[\\d+]$", ""), messages.getMessage(error, Locale.ROOT));
        }
        binding.getGlobalErrors().forEach(error -> found.putIfAbsent("", messages.getMessage(error, Locale.ROOT)));
        return found;
    }

    private static Editorial.Stage stage(String status) {
        if (status == null || status.isEmpty()) {
            return null;
        }
        return switch (status) {
            case "draft" -> Editorial.Stage.DRAFT;
            case "review" -> Editorial.Stage.REVIEW;
            case "scheduled" -> Editorial.Stage.SCHEDULED;
            case "published" -> Editorial.Stage.PUBLISHED;
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "The status filter takes draft, review, scheduled or published.");
        };
    }

    static ArticleForm formOf(Editorial.Editable a) {
        return new ArticleForm(a.id(), a.version(), a.headline(), a.slug(), a.standfirst(), a.bodyMarkdown(),
                a.sectionId(), a.authorIds(), String.join(", ", a.tags()), a.leadPictureId(), "", "save", "", "", "");
    }

    private List<NewsroomViews.Option> sectionOptions() {
        return taxonomy.sections().stream().map(s -> new NewsroomViews.Option(s.id(), s.name())).toList();
    }

    private List<NewsroomViews.Option> authorOptions() {
        return taxonomy.authors().stream().map(a -> new NewsroomViews.Option(a.id(), a.name())).toList();
    }

    private List<NewsroomViews.Option> mediaOptions() {
        return library.recent(60, 0).stream()
                .map(m -> new NewsroomViews.Option(m.id(), (m.alt().isBlank() ? m.originalName() : m.alt())
                        + " (" + m.width() + " × " + m.height() + ")"))
                .toList();
    }
}
