package org.masthead.discussion;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.masthead.pages.FormToken;
import org.masthead.pages.PageHead;
import org.masthead.publishing.ArticleRef;
import org.masthead.publishing.Publishing;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

/**
 * Asking to be told of new comments, confirming it from one's mailbox, and ending it. Links in mail
 * open a page with a button (mail scanners open links, and must not act on them); the one-click
 * unsubscribe of RFC 8058 is a POST to the same address, which ends the subscription without asking.
 */
@Controller
class SubscriptionController {

    private final Subscriptions subscriptions;
    private final Readers readers;
    private final Publishing publishing;
    private final CommentRepository comments;

    SubscriptionController(Subscriptions subscriptions, Readers readers, Publishing publishing,
            CommentRepository comments) {
        this.subscriptions = subscriptions;
        this.readers = readers;
        this.publishing = publishing;
        this.comments = comments;
    }

    /** "Notify of": new comments on the article, or replies to one's own, without writing a comment. */
    @PostMapping("/articles/{slug}/subscriptions")
    String subscribe(@PathVariable String slug, @RequestParam(defaultValue = "") String kind,
            @RequestParam(required = false) String email, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        ArticleRef article = publishing.articleAt(slug).filter(ArticleRef::isPublished)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no article at this address."));
        Subscription.Kind chosen = Subscriptions.kind(kind);
        if (chosen == Subscription.Kind.COMMENT) {
            throw DiscussionProblem.input("kind", "Choose what to be told of: new comments, or replies to yours.");
        }
        return answer(subscriptions.subscribe(article, chosen, null, readers.viewer(request), email), chosen, article,
                model, request);
    }

    /** The page that asks a guest for the address to tell of replies (a member needs only the button). */
    @GetMapping("/comments/{id}/follow")
    String followPage(@PathVariable long id, Model model, HttpServletRequest request) {
        StoredComment comment = comments.byId(id).filter(StoredComment::isPublic)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such comment."));
        ArticleRef article = publishing.article(comment.articleId()).filter(ArticleRef::isPublished)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such comment."));
        model.addAttribute("commentId", id);
        model.addAttribute("article", article);
        model.addAttribute("member", readers.viewer(request).member() != null);
        model.addAttribute("token", FormToken.of(request));
        model.addAttribute("head", head("Follow replies"));
        return "discussion/follow";
    }

    /** "Follow replies" under one comment. */
    @PostMapping("/comments/{id}/follow")
    String follow(@PathVariable long id, @RequestParam(required = false) String email, Model model,
            HttpServletRequest request) {
        StoredComment comment = comments.byId(id).filter(StoredComment::isPublic)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such comment."));
        ArticleRef article = publishing.article(comment.articleId()).filter(ArticleRef::isPublished)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such comment."));
        Viewer viewer = readers.viewer(request);
        return answer(subscriptions.subscribe(article, Subscription.Kind.COMMENT, id, viewer, email),
                Subscription.Kind.COMMENT, article, model, request);
    }

    private String answer(Subscriptions.Outcome outcome, Subscription.Kind kind, ArticleRef article, Model model,
            HttpServletRequest request) {
        String what = switch (kind) {
            case ARTICLE -> "new comments on this article";
            case MY_REPLIES -> "replies to your comments here";
            case COMMENT -> "replies to this comment";
        };
        String message = switch (outcome) {
            case STARTED -> "Done: we will email you about " + what + ".";
            case ALREADY -> "You are already told of " + what + ".";
            case CONFIRMATION_SENT -> "Check your inbox: confirm there, and we will email you about " + what + ".";
        };
        if ("true".equals(request.getHeader("HX-Request"))) {
            model.addAttribute("message", message);
            return "discussion/notice";
        }
        return "redirect:" + UriUtils.encodePath(article.path(), StandardCharsets.UTF_8) + "/comments?notice="
                + (outcome == Subscriptions.Outcome.CONFIRMATION_SENT ? "confirm" : "subscribed") + "#comments";
    }

    @GetMapping("/subscriptions/{id}/confirm")
    String confirmPage(@PathVariable long id, @RequestParam(defaultValue = "") String s, Model model,
            HttpServletRequest request) {
        return linkPage("Confirm your subscription", "Start the emails", "/subscriptions/" + id + "/confirm?s=" + s,
                null, model, request);
    }

    @PostMapping("/subscriptions/{id}/confirm")
    String confirm(@PathVariable long id, @RequestParam(defaultValue = "") String s, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        if (!subscriptions.confirm(id, s)) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return linkPage("This link does not work", null, null,
                    "This confirmation link is not one we sent, or its subscription has ended.", model, request);
        }
        return linkPage("Subscription confirmed", null, null, "Thank you: we will email you about new comments. "
                + "Every email has a link to stop them.", model, request);
    }

    @GetMapping("/unsubscribe/{id}")
    String endPage(@PathVariable long id, @RequestParam(defaultValue = "") String s, Model model,
            HttpServletRequest request) {
        return linkPage("Stop these emails", "Stop these emails", "/unsubscribe/" + id + "?s=" + s, null, model, request);
    }

    /** The button on the page above, and the mail client's one-click unsubscribe (RFC 8058) alike. */
    @PostMapping("/unsubscribe/{id}")
    String end(@PathVariable long id, @RequestParam(defaultValue = "") String s, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        if (!subscriptions.end(id, s)) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return linkPage("This link does not work", null, null, "This link is not one we sent.", model, request);
        }
        return linkPage("No more of these emails", null, null, "Done: you will get no more emails about these comments.",
                model, request);
    }

    @GetMapping("/unsubscribe/all")
    String endAllPage(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String s,
            Model model, HttpServletRequest request) {
        return linkPage("Stop every email about comments", "Stop them all", "/unsubscribe/all?email="
                + UriUtils.encodeQueryParam(email, StandardCharsets.UTF_8) + "&s=" + s, null, model, request);
    }

    @PostMapping("/unsubscribe/all")
    String endAll(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String s,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        if (!subscriptions.endAll(email, s)) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return linkPage("This link does not work", null, null, "This link is not one we sent.", model, request);
        }
        return linkPage("No more emails about comments", null, null,
                "Done: this address will get no more emails about comments on any article.", model, request);
    }

    private String linkPage(String title, String button, String action, String message, Model model,
            HttpServletRequest request) {
        model.addAttribute("title", title);
        model.addAttribute("button", button);
        model.addAttribute("action", action);
        model.addAttribute("message", message);
        model.addAttribute("token", FormToken.of(request));
        model.addAttribute("head", head(title));
        return "discussion/link";
    }

    private PageHead head(String title) {
        return PageHead.simple(title, title + " — " + publishing.publication().name(), null).notIndexed();
    }
}
