package org.masthead.discussion;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.masthead.pages.FormToken;
import org.masthead.pages.PageHead;
import org.masthead.pages.PageTopics;
import org.masthead.publishing.ArticleRef;
import org.masthead.publishing.Publishing;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

/**
 * The discussion's pages and forms. Every one works as a plain link or form; with htmx the same
 * addresses (or their fragment twins, which a cache keeps apart) answer with just the part that changes.
 */
@Controller
class DiscussionController {

    private final Discussion discussion;
    private final Threads threads;
    private final Readers readers;
    private final FormStamps stamps;
    private final Publishing publishing;
    private final DiscussionSection section;
    private final CommentRepository comments;
    private final Subscriptions subscriptions;
    private final LiveComments live;
    private final org.masthead.publishing.ReaderQuestions questions;
    private final SortChoice sortChoice;

    DiscussionController(org.masthead.publishing.ReaderQuestions questions, LiveComments live, Discussion discussion, Threads threads, Readers readers, FormStamps stamps,
            Publishing publishing, DiscussionSection section, CommentRepository comments, Subscriptions subscriptions,
            SortChoice sortChoice) {
        this.sortChoice = sortChoice;
        this.subscriptions = subscriptions;
        this.live = live;
        this.questions = questions;
        this.discussion = discussion;
        this.threads = threads;
        this.readers = readers;
        this.stamps = stamps;
        this.publishing = publishing;
        this.section = section;
        this.comments = comments;
    }

    /** The discussion on a page of its own: another order, a later page, or the page holding a comment. */
    @GetMapping("/articles/{slug}/comments")
    String page(@PathVariable String slug, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String after, @RequestParam(required = false) String seen,
            @RequestParam(required = false) Long from, @RequestParam(required = false) String only,
            @RequestParam(required = false) String notice, Model model, HttpServletRequest request) {
        ArticleRef article = article(slug);
        Viewer viewer = readers.viewer(request);
        CommentRepository.Order order = sort == null ? sortChoice.of(request) : Threads.order(sort);
        ThreadList list = threads.page(article, order, Threads.cursor(after), Threads.shown(seen), from, inline(only),
                viewer);
        FormToken token = FormToken.of(request);
        String said = notice == null ? null : switch (notice) {
            case "pending" -> "Thank you. Your comment will appear once a moderator has read it.";
            case "subscribed" -> "Done: we will email you about new comments.";
            case "confirm" -> "Check your inbox: confirm there, and we will email you about new comments.";
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "There is no such notice.");
        };
        model.addAttribute("block", new Views.Block(article, list, section.composer(article, viewer, token), token, said,
                questions.of(article.id())));
        model.addAttribute("head", PageHead.simple("Comments on " + article.headline(),
                "What readers say about " + article.headline(), publishing.publication().absolute(article.path()))
                .notIndexed().withScripts(section.scripts()));
        if (notice == null) {
            PageTopics.attach(request, PageTopics.article(article.id()));
        }
        return "discussion/page";
    }

    /**
     * A sort tab followed without JavaScript: the order is kept for the reader's next visits (a cookie),
     * and the discussion shown in it. The pages themselves set no cookie, so they stay in the page cache.
     */
    @GetMapping("/articles/{slug}/comments/order")
    String order(@PathVariable String slug, @RequestParam String sort, @RequestParam(required = false) String only,
            HttpServletRequest request, HttpServletResponse response) {
        ArticleRef article = article(slug);
        CommentRepository.Order order = Threads.order(sort);
        boolean inline = inline(only);
        sortChoice.remember(order, request, response);
        return "redirect:" + encoded(article.path()) + "/comments?sort=" + Threads.name(order)
                + (inline ? "&only=inline" : "") + "#comments";
    }

    /** The next page of threads, as "Load more" inserts it. */
    @GetMapping("/articles/{slug}/comments/more")
    String more(@PathVariable String slug, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String after, @RequestParam(required = false) String seen,
            @RequestParam(required = false) String only, Model model, HttpServletRequest request) {
        ArticleRef article = article(slug);
        ThreadList list = threads.page(article, Threads.order(sort), Threads.cursor(after), Threads.shown(seen), null,
                inline(only), readers.viewer(request));
        model.addAttribute("more", new Views.More(article, list, FormToken.of(request)));
        PageTopics.attach(request, PageTopics.article(article.id()));
        return "discussion/more";
    }

    /**
     * New comments as they are approved, for a page that is open (Server-Sent Events). The page says
     * the last approval it shows; a browser coming back after a lost connection says the last it got.
     */
    @GetMapping(value = "/articles/{slug}/comments/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter live(@PathVariable String slug, @RequestParam(defaultValue = "0") long after,
            @RequestHeader(value = "Last-Event-ID", required = false) String lastEventId) {
        ArticleRef article = article(slug);
        long from = after;
        if (lastEventId != null && lastEventId.matches("\\d{1,18}")) {
            from = Long.parseLong(lastEventId);
        }
        return live.open(article, Math.max(0, from));
    }

    /** A comment's own address: the discussion page that holds it, scrolled to it. */
    @GetMapping("/comments/{id}")
    String permalink(@PathVariable long id) {
        StoredComment comment = comments.byId(id).filter(c -> c.status() == CommentStatus.APPROVED)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such comment."));
        ArticleRef article = publishing.article(comment.articleId()).filter(ArticleRef::isPublished)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such comment."));
        return "redirect:" + encoded(article.path()) + "/comments?sort=oldest&from=" + id + "#comment-" + id;
    }

    /** Every reply of a thread, on a page of its own. */
    @GetMapping("/comments/{id}/thread")
    String thread(@PathVariable long id, Model model, HttpServletRequest request) {
        ArticleRef article = articleOf(id);
        Viewer viewer = readers.viewer(request);
        CommentView whole = threads.thread(article, id, viewer);
        model.addAttribute("article", article);
        model.addAttribute("comment", whole);
        model.addAttribute("token", FormToken.of(request));
        model.addAttribute("head", PageHead.simple("A thread on " + article.headline(), article.headline(),
                publishing.publication().absolute(article.path())).notIndexed().withScripts(section.scripts()));
        PageTopics.attach(request, PageTopics.article(article.id()));
        return "discussion/thread";
    }

    /** The same thread as a fragment, in place of its shortened self. */
    @GetMapping("/comments/{id}/thread/part")
    String threadPart(@PathVariable long id, Model model, HttpServletRequest request) {
        ArticleRef article = articleOf(id);
        model.addAttribute("comment", threads.thread(article, id, readers.viewer(request)));
        model.addAttribute("token", FormToken.of(request));
        PageTopics.attach(request, PageTopics.article(article.id()));
        return "discussion/comment-part";
    }

    /** The form to answer a question the newsroom asks about a passage, on a page of its own. */
    @GetMapping("/articles/{slug}/comments/answer/{questionId}")
    String answer(@PathVariable String slug, @PathVariable long questionId, Model model, HttpServletRequest request) {
        ArticleRef article = article(slug);
        var question = questions.find(questionId).filter(q -> q.articleId() == article.id())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such question here."));
        Views.Composer blank = section.composer(article, readers.viewer(request), FormToken.of(request));
        model.addAttribute("composer", new Views.Composer(article, blank.memberName(), blank.guestsMayComment(),
                blank.shown(), Map.of("quote", question.quote(), "questionId", Long.toString(question.id())), null,
                null, null, null, blank.token(), blank.closed()));
        return reply(article, model);
    }

    /** The form to reply to a comment: on a page of its own, or as a fragment under the comment. */
    @GetMapping({ "/comments/{id}/reply", "/comments/{id}/reply/part" })
    String replyForm(@PathVariable long id, Model model, HttpServletRequest request) {
        StoredComment parent = comments.byId(id).filter(StoredComment::isPublic)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "The comment you want to reply to is not there any more."));
        ArticleRef article = articleOf(id);
        Viewer viewer = readers.viewer(request);
        Views.Composer blank = section.composer(article, viewer, FormToken.of(request));
        model.addAttribute("composer", new Views.Composer(article, blank.memberName(), blank.guestsMayComment(),
                blank.shown(), Map.of(), null, null, parent.id(), parent.authorName(), blank.token(), blank.closed()));
        return request.getRequestURI().endsWith("/part") ? "discussion/form-part" : reply(article, model);
    }

    private String reply(ArticleRef article, Model model) {
        model.addAttribute("head", PageHead.simple("Reply — " + article.headline(), article.headline(),
                publishing.publication().absolute(article.path())).notIndexed());
        return "discussion/reply";
    }

    @PostMapping("/articles/{slug}/comments")
    String post(@PathVariable String slug, @RequestParam Map<String, String> form, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        ArticleRef article = article(slug);
        boolean part = isHtmx(request);
        Map<String, String> typed = new HashMap<>(form);
        typed.remove("_csrf");
        Viewer viewer = null;
        try {
            if (!readers.signedIn() && !publishing.publication().guestsMayComment()) {
                throw new DiscussionProblem(403, null,
                        "Sign in to comment: this publication asks everyone who comments to have an account.");
            }
            if (!form.getOrDefault("homepage", "").isEmpty()) {
                throw new DiscussionProblem(400, null, "This form was filled in by a program, so it was not posted. "
                        + "If you are a person, leave the field labelled “Leave this empty” empty.");
            }
            String closed = discussion.closed(article);
            if (closed != null) {
                throw new DiscussionProblem(403, null, closed);
            }
            stamps.check(form.get("shown"));
            viewer = readers.writer(request, response);
            Discussion.Posted posted = discussion.post(article, new Discussion.Draft(number(form.get("parentId")),
                    form.get("body"), form.get("name"), form.get("email"), form.get("website"), form.get("quote"),
                    form.get("quotePrefix"), form.get("quoteSuffix"), number(form.get("questionId")),
                    "yes".equals(form.get("holdAccepted"))), viewer);
            follow(article, form.get("notify"), viewer, form.get("email"));
            if (posted.status() != CommentStatus.APPROVED) {
                if (part) {
                    model.addAttribute("message", "Thank you. Your comment will appear once a moderator has read it.");
                    return "discussion/notice";
                }
                return "redirect:" + encoded(article.path()) + "/comments?notice=pending#comments";
            }
            if (part) {
                // The new comment goes where it belongs, not where the form was: first among the threads,
                // or under the comment it answers.
                StoredComment stored = comments.byId(posted.id()).orElseThrow();
                response.setStatus(HttpStatus.CREATED.value());
                response.setHeader("HX-Retarget", stored.parentId() == null ? "#thread-list"
                        : "#reply-to-" + stored.parentId());
                response.setHeader("HX-Reswap", stored.parentId() == null ? "afterbegin" : "innerHTML");
                model.addAttribute("comment", threads.single(article, stored, viewer));
                model.addAttribute("token", FormToken.of(request));
                return stored.parentId() == null ? "discussion/comment-part" : "discussion/reply-part";
            }
            return "redirect:/comments/" + posted.id();
        }
        catch (DiscussionProblem problem) {
            response.setStatus(problem.status());
            Viewer who = viewer != null ? viewer : readers.viewer(request);
            Views.Composer blank = section.composer(article, who, FormToken.of(request));
            Long replyTo = number(form.get("parentId"));
            if (problem.isAsking()) {
                // The form comes back with the choice to post anyway; a later problem takes it away again.
                typed.put("mayHold", "yes");
            }
            else {
                typed.remove("mayHold");
            }
            typed.remove("holdAccepted");
            Views.Composer composer = new Views.Composer(article, blank.memberName(), blank.guestsMayComment(),
                    blank.shown(), typed, problem.field(), problem.getMessage(), replyTo,
                    replyTo == null ? null : comments.byId(replyTo).filter(StoredComment::isPublic)
                            .filter(c -> c.articleId() == article.id()).map(StoredComment::authorName).orElse(null),
                    blank.token(), blank.closed());
            model.addAttribute("composer", composer);
            if (part) {
                return "discussion/form-part";
            }
            return reply(article, model);
        }
    }

    @PostMapping("/comments/{id}/vote")
    String vote(@PathVariable long id, @RequestParam(defaultValue = "") String value, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        int direction = switch (value) {
            case "up" -> 1;
            case "down" -> -1;
            default -> throw new DiscussionProblem(400, null, "A vote is up or down.");
        };
        Discussion.Tally tally = discussion.vote(id, direction, readers.writer(request, response));
        if (isHtmx(request)) {
            model.addAttribute("tally", tally);
            model.addAttribute("token", FormToken.of(request));
            return "discussion/votes";
        }
        return "redirect:/comments/" + id;
    }

    @GetMapping("/comments/{id}/edit")
    String editForm(@PathVariable long id, Model model, HttpServletRequest request) {
        StoredComment comment = comments.byId(id).filter(c -> !c.isDeleted())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such comment."));
        if (!readers.viewer(request).wrote(comment)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only whoever wrote a comment can change it.");
        }
        return editPage(comment, comment.bodyMarkdown(), null, model, request);
    }

    @PostMapping("/comments/{id}/edit")
    String edit(@PathVariable long id, @RequestParam(defaultValue = "") String body, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        try {
            discussion.edit(id, body, readers.viewer(request));
            StoredComment edited = comments.byId(id).orElseThrow();
            if (!edited.isPublic()) {
                // Held for review by its new words: the writer is told so, rather than sent to a page that is not there.
                return "redirect:" + encoded(articleOf(id).path()) + "/comments?notice=pending#comments";
            }
            return "redirect:/comments/" + id;
        }
        catch (DiscussionProblem problem) {
            response.setStatus(problem.status());
            StoredComment comment = comments.byId(id)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such comment."));
            return editPage(comment, body, problem.getMessage(), model, request);
        }
    }

    private String editPage(StoredComment comment, String body, String error, Model model, HttpServletRequest request) {
        ArticleRef article = articleOf(comment.id());
        model.addAttribute("article", article);
        model.addAttribute("commentId", comment.id());
        model.addAttribute("body", body);
        model.addAttribute("error", error);
        model.addAttribute("token", FormToken.of(request));
        model.addAttribute("head", PageHead.simple("Edit your comment", article.headline(),
                publishing.publication().absolute(article.path())).notIndexed());
        return "discussion/edit";
    }

    @PostMapping("/comments/{id}/delete")
    String delete(@PathVariable long id, HttpServletRequest request) {
        ArticleRef article = articleOf(id);
        discussion.delete(id, readers.viewer(request));
        return "redirect:" + encoded(article.path()) + "/comments#comments";
    }

    /**
     * The "Notify me" choice made with a comment. The comment is stored already, so a subscription that
     * cannot start (too many confirmations to the address) does not undo it.
     */
    private void follow(ArticleRef article, String notify, Viewer viewer, String email) {
        if (notify == null || notify.isBlank()) {
            return;
        }
        try {
            subscriptions.subscribe(article, Subscriptions.kind(notify), null, viewer, email);
        }
        catch (DiscussionProblem notNow) {
            // The comment went through; the form said what the choice does, and the address can ask again.
        }
    }

    private ArticleRef article(String slug) {
        if (!Publishing.isAddress(slug)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no article at this address.");
        }
        return publishing.articleAt(slug).filter(ArticleRef::isPublished)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no article at this address."));
    }

    private ArticleRef articleOf(long commentId) {
        return comments.byId(commentId).flatMap(c -> publishing.article(c.articleId())).filter(ArticleRef::isPublished)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such comment."));
    }

    /** The filter "Inline feedbacks | View all comments". */
    private static boolean inline(String only) {
        if (only == null) {
            return false;
        }
        if (!only.equals("inline")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The list can show only inline feedbacks (only=inline).");
        }
        return true;
    }

    private static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }

    private static Long number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        }
        catch (NumberFormatException notANumber) {
            throw DiscussionProblem.input(null, "This form has been changed: reload the page and try again.");
        }
    }

    private static String encoded(String path) {
        return UriUtils.encodePath(path, StandardCharsets.UTF_8);
    }
}
