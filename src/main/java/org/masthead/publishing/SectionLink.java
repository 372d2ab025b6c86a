package org.masthead.publishing;

/** A section as navigation shows it. */
public record SectionLink(String slug, String name) {

    public String path() {
        return "/section/" + slug;
    }
}
