package org.masthead.accounts;

import java.util.Map;

/**
 * What an account form shows again after a submission: the values typed (never passwords), the
 * problem found and the field it concerns, or a notice of success.
 */
public record AccountForm(Map<String, String> values, String errorField, String error, String notice) {

    public static AccountForm empty() {
        return new AccountForm(Map.of(), null, null, null);
    }

    public static AccountForm notice(String notice) {
        return new AccountForm(Map.of(), null, null, notice);
    }

    static AccountForm problem(AccountProblem problem, Map<String, String> values) {
        return new AccountForm(values, problem.field(), problem.getMessage(), null);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    /** The error message when it concerns this field, else null. */
    public String errorFor(String field) {
        return field.equals(errorField) ? error : null;
    }

    /** The error when it concerns the whole form. */
    public String formError() {
        return errorField == null ? error : null;
    }
}
