package org.masthead.discussion;

import java.util.Locale;

/** Where a comment stands. Only approved comments are public, counted and announced. */
public enum CommentStatus {
    PENDING, APPROVED, SPAM, TRASH;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CommentStatus fromCode(String code) {
        // Read for every comment a page shows, so a plain switch rather than a search.
        return switch (code) {
            case "pending" -> PENDING;
            case "approved" -> APPROVED;
            case "spam" -> SPAM;
            case "trash" -> TRASH;
            default -> throw new IllegalArgumentException("No comment status " + code);
        };
    }
}
