package org.masthead.discussion;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Set;
import org.masthead.pages.ChoiceCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * The order a reader chose for discussions, kept in a cookie so that it holds on their next visit,
 * with or without JavaScript. Newest first is the default and needs no cookie; the page cache keeps
 * one shared copy of an article for each other order.
 */
@Component
class SortChoice implements ChoiceCookie {

    static final String COOKIE = "masthead_sort";
    private static final String ARTICLES = "/articles/";
    private static final String DISCUSSION = "/comments";
    private static final Duration KEPT = Duration.ofDays(365);

    @Override
    public String name() {
        return COOKIE;
    }

    @Override
    public Set<String> values() {
        return Set.of("oldest", "votes");
    }

    /** An article's page, and its discussion's page when the address names no order. */
    @Override
    public boolean shapes(String path, HttpServletRequest request) {
        if (!path.startsWith(ARTICLES)) {
            return false;
        }
        int slash = path.indexOf('/', ARTICLES.length());
        return slash < 0 || path.length() - slash == DISCUSSION.length() && path.endsWith(DISCUSSION)
                && request.getParameter("sort") == null;
    }

    /** The order to show when the address names none: the reader's choice, or newest first. */
    CommentRepository.Order of(HttpServletRequest request) {
        return Threads.order(choice(request));
    }

    /** Keeps the order for the reader's next pages; choosing newest first forgets the choice. */
    void remember(CommentRepository.Order order, HttpServletRequest request, HttpServletResponse response) {
        String value = Threads.name(order);
        boolean forget = !values().contains(value);
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, forget ? "" : value).path("/")
                .maxAge(forget ? Duration.ZERO : KEPT).sameSite("Lax").secure(request.isSecure()).build().toString());
    }
}
