package org.masthead.newsroom;

import org.masthead.accounts.ProfileUpdated;
import org.masthead.publishing.Taxonomy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a staff member's byline in step with their account: the name, the longer bio and the
 * picture they set in their profile appear on their author page and under their articles. It runs
 * in the transaction of the profile change, so the byline never disagrees with the account.
 */
@Component
class StaffBylines {

    private final Taxonomy taxonomy;

    StaffBylines(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    @EventListener
    void on(ProfileUpdated profile) {
        taxonomy.followProfile(profile.userId(), profile.displayName(), profile.bio(), profile.avatarUrl());
    }
}
