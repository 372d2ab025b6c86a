package org.masthead.accounts;

/**
 * Input that cannot become an account change, with a sentence for the person who typed it.
 *
 * @param field the form field at fault, or null when it concerns the whole form
 */
public class AccountProblem extends RuntimeException {

    private final String field;

    public AccountProblem(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
