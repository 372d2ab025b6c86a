package org.masthead.funding;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Input about money that cannot be used, with the sentence that says why and the field it is about
 * (null when it is about no one field). Answered 400 wherever it is thrown (404 for a campaign that
 * is not there, 429 when a client asks too often), with nothing stored.
 */
public class FundingProblem extends ResponseStatusException {

    private final String field;

    FundingProblem(String field, String message) {
        this(HttpStatus.BAD_REQUEST, field, message);
    }

    FundingProblem(HttpStatus status, String field, String message) {
        super(status, message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** The sentence alone, without the status. */
    @Override
    public String getMessage() {
        return getReason();
    }
}
