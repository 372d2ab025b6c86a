package org.masthead.publishing;

/** A question the newsroom puts to readers about one passage of an article. */
public record ReaderQuestion(long id, long articleId, String quote, String question) {
}
