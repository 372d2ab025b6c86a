package org.masthead.accounts;

import java.util.Locale;

/**
 * What a person may do, from most to least trusted. Staff roles reach the newsroom; moderators
 * handle the discussion; readers comment and support.
 */
public enum Role {

    OWNER("Owner"),
    EDITOR("Editor"),
    AUTHOR("Author"),
    CONTRIBUTOR("Contributor"),
    MODERATOR("Moderator"),
    READER("Reader");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The value stored in the database and used in Spring Security's authorities. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the role writes or edits articles. */
    public boolean writes() {
        return this == OWNER || this == EDITOR || this == AUTHOR || this == CONTRIBUTOR;
    }

    public static Role fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
