package org.masthead.discussion;

import java.util.Map;
import org.masthead.pages.FormToken;
import org.masthead.publishing.ArticleRef;

/** What the discussion's templates read. */
final class Views {

    private Views() {
    }

    /**
     * The comment form as a reader meets it.
     *
     * @param memberName the signed-in member's name, or null for a guest
     * @param shown the signed moment the form was shown
     * @param values what was typed, when the form comes back with a problem
     * @param replyTo the comment replied to and its writer's name, or null for a new thread
     * @param closed why the article takes no new comments, or null while it does
     */
    record Composer(ArticleRef article, String memberName, boolean guestsMayComment, String shown,
            Map<String, String> values, String errorField, String error, Long replyTo, String replyToName,
            FormToken token, String closed) {

        String value(String name) {
            return values.getOrDefault(name, "");
        }

        String errorFor(String field) {
            return field.equals(errorField) ? error : null;
        }

        /** A problem about the whole form, or about a part of it not shown as a field (the quote, the parent). */
        String formError() {
            return errorField == null || !FIELDS.contains(errorField) ? error : null;
        }

        private static final java.util.Set<String> FIELDS = java.util.Set.of("body", "name", "email", "website");

        /** Whether moderation said the comment may be held, so the form offers to post it anyway. */
        boolean offersHold() {
            return "yes".equals(values.get("mayHold"));
        }

        boolean mayWrite() {
            return memberName != null || guestsMayComment;
        }

        String action() {
            return article.path() + "/comments";
        }
    }

    /**
     * The whole discussion under an article, or on its own page.
     *
     * @param questions what the newsroom asks readers about passages of the article
     */
    record Block(ArticleRef article, ThreadList list, Composer composer, FormToken token, String notice,
            java.util.List<org.masthead.publishing.ReaderQuestion> questions) {

        String path() {
            return article.path() + "/comments";
        }

        /** A sort tab's address: it keeps the reader's choice for their next visits, then shows the list. */
        String sorted(String order) {
            return path() + "/order?sort=" + order + (list.inline() ? "&only=inline" : "");
        }

        /** The address of the list with only comments on passages, or with all. */
        String filtered(boolean inline) {
            return path() + "?sort=" + list.order() + (inline ? "&only=inline" : "") + "#comments";
        }

        String fragment(String order, boolean inline) {
            return path() + "/more?sort=" + order + (inline ? "&only=inline" : "");
        }
    }

    /** A page of threads on its own, as "Load more" fetches it. */
    record More(ArticleRef article, ThreadList list, FormToken token) {
    }
}
