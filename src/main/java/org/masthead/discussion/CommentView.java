package org.masthead.discussion;

import gg.jte.Content;
import java.util.ArrayList;
import java.util.List;
import org.masthead.pages.Dateline;

/**
 * A comment as a page shows it to one reader: its face, which every reader sees alike and which is
 * drawn once (see {@link CommentFaces}), and what differs per reader and per moment: the vote
 * counts, the reader's own vote, what they may do with it. Deleted comments that still have replies
 * keep their place with no author and no words.
 *
 * @param drawn the face as the page writes it
 * @param hiddenReplies replies in this thread not shown yet ("View N more replies"), on a thread's first comment
 */
record CommentView(Face face, Content drawn, int up, int down, int myVote, boolean mayVote, boolean mayEdit,
        boolean mayDelete, List<CommentView> replies, int hiddenReplies) {

    /**
     * What every reader sees of a comment alike. Two faces that are equal draw the same HTML, so a
     * face is the key its drawing is kept under.
     *
     * @param label "Author" for the article's own writer, "Staff" for the publication's people, or null
     * @param website a guest's website, shown as a link the site does not vouch for
     * @param inReplyTo whose comment this replies to, when it is shown at the deepest level rather than under it
     * @param quote the passage of the article the comment is about, or null
     * @param quoteOutdated whether the passage is no longer in the article as it reads now
     * @param absence for a comment shown without its words (deleted, or a first comment taken down while
     *     replies to it stay public), why; otherwise null
     * @param picked whether the newsroom picked it ("Editor's pick")
     */
    record Face(long id, long threadId, int level, String authorName, String avatarUrl, String website, String label,
            String bodyHtml, Dateline posted, boolean edited, boolean deleted, String inReplyTo, String quote,
            boolean quoteOutdated, String absence, boolean picked) {

        /** The id the comment's element carries, for permalinks and live inserts. */
        String anchor() {
            return "comment-" + id;
        }

        String permalink() {
            return "/comments/" + id;
        }

        /** Initials for a writer without a picture: the first letter of the first two words. */
        String initials() {
            StringBuilder initials = new StringBuilder(4);
            boolean wordStarts = true;
            for (int i = 0; i < authorName.length() && initials.codePointCount(0, initials.length()) < 2; ) {
                int letter = authorName.codePointAt(i);
                if (Character.isWhitespace(letter)) {
                    wordStarts = true;
                }
                else if (wordStarts) {
                    initials.appendCodePoint(letter);
                    wordStarts = false;
                }
                i += Character.charCount(letter);
            }
            return initials.toString().toUpperCase(java.util.Locale.ROOT);
        }
    }

    long id() {
        return face.id();
    }

    boolean deleted() {
        return face.deleted();
    }

    CommentView withReplies(List<CommentView> children, int hidden) {
        return new CommentView(face, drawn, up, down, myVote, mayVote, mayEdit, mayDelete, List.copyOf(children),
                hidden);
    }

    static List<CommentView> none() {
        return new ArrayList<>();
    }
}
