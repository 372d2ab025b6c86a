package org.masthead.discussion;

import org.masthead.accounts.Member;

/**
 * Who is reading or writing: a member, a guest with a pass, or an anonymous reader (both null).
 *
 * @param clientHash the keyed hash of their network address
 */
record Viewer(Member member, String guestId, String clientHash) {

    static Viewer anonymous() {
        return new Viewer(null, null, null);
    }

    Long userId() {
        return member == null ? null : member.id();
    }

    boolean isStaff() {
        return member != null && (member.role().writes() || member.role() == org.masthead.accounts.Role.MODERATOR);
    }

    /** How their votes are filed: by account, or by guest pass. */
    String voter() {
        return member != null ? "u:" + member.id() : guestId != null ? "g:" + guestId : null;
    }

    boolean wrote(StoredComment comment) {
        return (member != null && member.id() == (comment.userId() == null ? -1 : comment.userId()))
                || (member == null && guestId != null && guestId.equals(comment.guestId()));
    }
}
