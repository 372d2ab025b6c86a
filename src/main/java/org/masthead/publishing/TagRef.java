package org.masthead.publishing;

public record TagRef(long id, String slug, String name) {

    public String path() {
        return "/tag/" + slug;
    }
}
