package org.masthead.discussion;

import java.util.ArrayList;
import java.util.List;
import org.masthead.pages.Dateline;

/**
 * A comment as a page shows it to one reader. Deleted comments that still have replies keep their
 * place with no author and no words.
 *
 * @param label "Author" for the article's own writer, "Staff" for the publication's people, or null
 * @param website a guest's website, shown as a link the site does not vouch for
 * @param inReplyTo whose comment this replies to, when it is shown at the deepest level rather than under it
 * @param quote the passage of the article the comment is about, or null
 * @param quoteOutdated whether the passage is no longer in the article as it reads now
 * @param hiddenReplies replies in this thread not shown yet ("View N more replies"), on a thread's first comment
 */
record CommentView(long id, long threadId, int level, String authorName, String avatarUrl, String website,
        String label, String bodyHtml, Dateline posted, boolean edited, boolean deleted, int up, int down, int myVote,
        boolean mayVote, boolean mayEdit, boolean mayDelete, String inReplyTo, String quote, boolean quoteOutdated,
        List<CommentView> replies, int hiddenReplies, String permalink) {

    /** The id the comment's element carries, for permalinks and live inserts. */
    String anchor() {
        return "comment-" + id;
    }

    /** Initials for a writer without a picture. */
    String initials() {
        String[] words = authorName.strip().split("\\s+");
        StringBuilder initials = new StringBuilder();
        for (String word : words) {
            if (!word.isEmpty() && initials.length() < 2) {
                initials.appendCodePoint(word.codePointAt(0));
            }
        }
        return initials.toString().toUpperCase(java.util.Locale.ROOT);
    }

    CommentView withReplies(List<CommentView> children, int hidden) {
        return new CommentView(id, threadId, level, authorName, avatarUrl, website, label, bodyHtml, posted, edited,
                deleted, up, down, myVote, mayVote, mayEdit, mayDelete, inReplyTo, quote, quoteOutdated,
                List.copyOf(children), hidden, permalink);
    }

    static List<CommentView> none() {
        return new ArrayList<>();
    }
}
