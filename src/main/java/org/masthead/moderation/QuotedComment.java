package org.masthead.moderation;

import org.masthead.discussion.CommentRecord;
import org.masthead.discussion.CommentStatus;

/**
 * A comment as a moderation page quotes it (the report form, the ban form): who wrote it and its
 * words, without the stored record's addresses.
 *
 * @param visible whether readers see it now; one hidden meanwhile is not quoted to a reporter again
 * @param byMember written from an account, which can be banned as such
 * @param fromKnownAddress its network address was kept, so it can be banned
 */
record QuotedComment(long id, String authorName, String bodyHtml, boolean visible, boolean byMember,
        boolean fromKnownAddress) {

    static QuotedComment of(CommentRecord c) {
        return new QuotedComment(c.id(), c.authorName(), c.bodyHtml(), c.status() == CommentStatus.APPROVED && !c.isDeleted(),
                c.userId() != null, c.clientHash() != null);
    }
}
