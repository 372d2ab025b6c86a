package org.masthead.discussion;

/**
 * What moderation made of a new (or newly edited) comment, and why.
 *
 * @param verdict what becomes of the comment
 * @param rule the rule that decided, as moderation names it ("banned-words", "first-comments"); null when none did
 * @param message the sentence for the writer: why the comment was refused, or why it may be held
 * @param field the form field the refusal is about ("body" for the words), or null when it is about the writer
 * @param details what moderation keeps for its moderators (the scorer's reasons); the discussion only passes it on
 * @param fingerprint a key for the comment's words, stored with it, by which moderation finds the same
 *     words posted elsewhere ({@link CommentRecords#writing}); null for none
 */
public record Screening(Verdict verdict, String rule, String message, String field, String details,
        String fingerprint) {

    public enum Verdict {
        /** Public at once. */
        PUBLISH,
        /** Stored, and public once a moderator approves it. */
        HOLD,
        /** Stored as spam, never public unless a moderator says otherwise. */
        SPAM,
        /** Not stored; the writer is told why. */
        REFUSE,
        /**
         * Would be held: the writer is told first, so they can revise it, and posts it anyway by saying
         * so ({@link NewComment#holdAccepted()}), when it is held.
         */
        WARN
    }

    /** Every comment is public at once when nothing screens them. */
    public static final Screening NONE = new Screening(Verdict.PUBLISH, null, null, null, null, null);

    /** The screen of an application without moderation: every comment published, every discussion open. */
    static final CommentScreen NONE_SCREEN = comment -> NONE;

    public Screening {
        if (verdict == null) {
            throw new IllegalArgumentException("A screening has a verdict");
        }
        if ((verdict == Verdict.REFUSE || verdict == Verdict.WARN) && (message == null || message.isBlank())) {
            throw new IllegalArgumentException("A refusal or a warning says why, for the writer to read");
        }
    }

    /** The status the comment is stored in. */
    CommentStatus status() {
        return switch (verdict) {
            case PUBLISH -> CommentStatus.APPROVED;
            case HOLD, WARN -> CommentStatus.PENDING;
            case SPAM -> CommentStatus.SPAM;
            case REFUSE -> throw new IllegalStateException("A refused comment is not stored");
        };
    }
}
