package org.masthead.site;

import org.masthead.accounts.SiteIdentity;
import org.masthead.publishing.Publishing;
import org.springframework.stereotype.Component;

/** Lets account mail name the publication and link to it, from its current settings. */
@Component
class PublicationIdentity implements SiteIdentity {

    private final Publishing publishing;

    PublicationIdentity(Publishing publishing) {
        this.publishing = publishing;
    }

    @Override
    public String name() {
        return publishing.publication().name();
    }

    @Override
    public String absolute(String path) {
        return publishing.publication().absolute(path);
    }
}
