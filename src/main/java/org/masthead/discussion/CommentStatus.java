package org.masthead.discussion;

import java.util.Arrays;
import java.util.Locale;

/** Where a comment stands. Only approved comments are public, counted and announced. */
public enum CommentStatus {
    PENDING, APPROVED, SPAM, TRASH;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CommentStatus fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No comment status " + code));
    }
}
