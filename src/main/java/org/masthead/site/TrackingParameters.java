package org.masthead.site;

import java.util.Set;

/**
 * Parameters that links from newsletters, social networks and ads append to any address. They
 * mean nothing to Masthead, so they neither fail a request nor split the page cache.
 */
final class TrackingParameters {

    private static final Set<String> NAMES = Set.of("fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid",
            "igshid", "ref", "_ga", "yclid", "twclid", "ttclid", "li_fat_id", "s_cid");

    private TrackingParameters() {
    }

    static boolean isTracking(String name) {
        return name.startsWith("utm_") || NAMES.contains(name);
    }
}
