package org.masthead.accounts;

/**
 * How accounts mail names the site and links back to it. Accounts knows nothing of publishing;
 * the application supplies this from the publication's settings.
 */
public interface SiteIdentity {

    String name();

    /** The absolute URL of a path on this site. */
    String absolute(String path);
}
