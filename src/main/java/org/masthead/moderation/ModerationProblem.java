package org.masthead.moderation;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ResponseStatusException;

/**
 * A moderation request that cannot be carried out, with the sentence that says why: 400 for what was
 * typed (and the field it is about), 403 for who may not, 404 for what is not there, 429 for too much.
 */
class ModerationProblem extends ResponseStatusException {

    private final String field;

    ModerationProblem(int status, String field, String message) {
        super(HttpStatusCode.valueOf(status), message);
        this.field = field;
    }

    static ModerationProblem input(String field, String message) {
        return new ModerationProblem(400, field, message);
    }

    @Override
    public String getMessage() {
        return getReason();
    }

    String field() {
        return field;
    }
}
