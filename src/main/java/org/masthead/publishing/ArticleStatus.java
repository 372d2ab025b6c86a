package org.masthead.publishing;

import java.util.Locale;

/**
 * Where an article stands, as it is stored. Only a published article is on the site; a scheduled
 * one goes out by itself at its time; a draft is the newsroom's alone (one that was published once
 * and taken back answers 410 Gone at its address).
 */
public enum ArticleStatus {

    DRAFT, SCHEDULED, PUBLISHED;

    /** The value stored in the {@code articles.status} column. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ArticleStatus of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
