package org.masthead.moderation;

import java.util.Locale;

/**
 * Someone who may not comment: an account, an email address or a network address (by its keyed
 * hash), until a moment or for good.
 *
 * @param label who it is, as the moderator saw them (a name, an address)
 * @param until when it ends, in epoch milliseconds; null for good
 * @param liftedAt when a moderator lifted it early, or null
 */
record Ban(long id, Kind kind, String value, String label, String reason, Long until, Long createdBy, long createdAt,
        Long liftedAt) {

    enum Kind {
        ACCOUNT, EMAIL, ADDRESS;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Kind fromCode(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    boolean inForce(long now) {
        return liftedAt == null && (until == null || until > now);
    }
}
