package org.masthead.discussion;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ResponseStatusException;

/**
 * A request the discussion cannot carry out, with the sentence that says why and the status to
 * answer with: 400 for what was written, 403 for who may not, 404 for what is not there, 409 for
 * what has changed meanwhile, 429 for too much at once. Forms catch it to show the sentence beside
 * the field; anywhere else the site's error page says it.
 */
class DiscussionProblem extends ResponseStatusException {

    private final String field;
    private boolean asking;

    DiscussionProblem(int status, String field, String message) {
        super(HttpStatusCode.valueOf(status), message);
        this.field = field;
    }

    static DiscussionProblem input(String field, String message) {
        return new DiscussionProblem(400, field, message);
    }

    /** Marks a problem the writer may set aside (a comment that may be held): the form asks whether to post anyway. */
    DiscussionProblem asking() {
        asking = true;
        return this;
    }

    boolean isAsking() {
        return asking;
    }

    int status() {
        return getStatusCode().value();
    }

    @Override
    public String getMessage() {
        return getReason();
    }

    /** The form field the problem is about, or null when it is about the whole request. */
    String field() {
        return field;
    }
}
