package org.masthead.discussion;

import java.util.List;
import org.masthead.publishing.ArticleRef;

/**
 * One page of an article's threads, as a reader asked for them.
 *
 * @param order how the threads are sorted ({@code newest}, {@code oldest}, {@code votes})
 * @param next where the next page begins, or null when this is the last
 * @param shown the threads shown so far, for the next most-voted page (null: it continues from {@code next})
 * @param partial whether the page starts somewhere in the middle (from a permalink), so a link to the start is due
 * @param lastApproval the last approval in the order of approvals when the page was read: live news continues from it
 * @param inline whether only comments on a passage of the article are listed
 * @param picks the comments the newsroom picked, shown above the first page
 */
record ThreadList(ArticleRef article, String order, List<CommentView> threads, String next, String shown, long count,
        boolean partial, long lastApproval, boolean inline, List<CommentView> picks) {

    /** The address of this list's next page. */
    String nextPath(String base) {
        return base + "?sort=" + order + (inline ? "&only=inline" : "") + "&after=" + next
                + (shown == null ? "" : "&seen=" + shown);
    }
}
