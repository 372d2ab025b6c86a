package org.masthead.publishing;

/** A save the editor cannot accept as typed; the message says what to change. */
class ArticleProblem extends RuntimeException {

    private final String field;

    ArticleProblem(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
