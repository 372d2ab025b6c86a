package org.masthead.discussion;

import java.util.Locale;

/**
 * Someone's wish to hear of new comments.
 *
 * @param commentId for {@link Kind#COMMENT}: the comment whose replies they follow
 */
record Subscription(long id, String email, Long userId, long articleId, Long commentId, Kind kind, Long confirmedAt) {

    /** What they follow. */
    enum Kind {
        /** Every new comment on the article. */
        ARTICLE("article", "new comments on an article"),
        /** Replies to their own comments on the article, and mentions of them there. */
        MY_REPLIES("my-replies", "replies to your comments"),
        /** Replies to one comment. */
        COMMENT("comment", "replies to a comment");

        final String code;
        final String described;

        Kind(String code, String described) {
            this.code = code;
            this.described = described;
        }

        static Kind fromCode(String code) {
            for (Kind kind : values()) {
                if (kind.code.equals(code)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("No subscription kind " + code);
        }

        String lower() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    boolean confirmed() {
        return confirmedAt != null;
    }
}
