package org.masthead.publishing;

/** An author as a byline shows them. */
public record AuthorRef(long id, String slug, String name, String bioShort) {

    public String path() {
        return "/author/" + slug;
    }
}
