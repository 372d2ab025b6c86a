package org.masthead.pages;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Where a list page stands: its number, whether there is a next one, and the links either side.
 *
 * @param path the first page's address, possibly with a query string of its own
 */
public record Pager(int number, boolean hasNext, String path) {

    public static final int MAX_PAGE = 10_000;

    /** Rejects page numbers no list has, with a message a person can act on. */
    public static int checked(int page) {
        if (page < 1 || page > MAX_PAGE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "The page number must be a whole number from 1 to " + MAX_PAGE + ".");
        }
        return page;
    }

    public static int offset(int page, int size) {
        return (page - 1) * size;
    }

    /**
     * Trims the extra row fetched to learn whether a next page exists; a page past the end is not
     * found, so that search engines do not index empty pages.
     */
    public static <T> List<T> fit(List<T> fetched, int page, int size) {
        if (fetched.isEmpty() && page > 1) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no page " + page + " here.");
        }
        return fetched.size() > size ? fetched.subList(0, size) : fetched;
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public String previousUrl() {
        return hasPrevious() ? url(number - 1) : null;
    }

    public String nextUrl() {
        return hasNext ? url(number + 1) : null;
    }

    private String url(int page) {
        if (page == 1) {
            return path;
        }
        return path + (path.contains("?") ? "&" : "?") + "page=" + page;
    }
}
