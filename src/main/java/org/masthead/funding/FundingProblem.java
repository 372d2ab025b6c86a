package org.masthead.funding;

/**
 * Input about money that cannot be used, with the sentence that says why and the field it is about
 * (null when it is about no one field). Answered 400, with nothing stored.
 */
public class FundingProblem extends IllegalArgumentException {

    private final String field;

    FundingProblem(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
