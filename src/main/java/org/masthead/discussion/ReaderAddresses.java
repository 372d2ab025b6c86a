package org.masthead.discussion;

import jakarta.servlet.http.HttpServletRequest;
import org.masthead.accounts.ClientAddress;
import org.springframework.stereotype.Component;

/**
 * A reader's network address as the discussion files it: a keyed hash, never the address itself.
 * Moderation counts reports and bans addresses by the same hash the comments carry.
 */
@Component
public class ReaderAddresses {

    private final DiscussionKeys keys;

    ReaderAddresses(DiscussionKeys keys) {
        this.keys = keys;
    }

    public String hashOf(HttpServletRequest request) {
        return keys.hashAddress(ClientAddress.of(request));
    }
}
