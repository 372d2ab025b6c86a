package org.masthead.publishing;

/** A figure on an article's card, from another module ({@link ArticleTally}): "3 comments", linking to them. */
public record CardNote(String label, String href) {
}
