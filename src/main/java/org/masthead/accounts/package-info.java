/**
 * Accounts: people and their roles — sign-up and sign-in, sessions, verification and password
 * reset, profiles and their pictures, and the {@code create-owner} command.
 *
 * <p>Handlers receive the signed-in person as a parameter marked {@link org.masthead.accounts.CurrentMember}.
 * Mail names the site through {@link org.masthead.accounts.SiteIdentity}, which the application
 * supplies, so accounts knows nothing of publishing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts",
        allowedDependencies = { "notifications", "media" })
package org.masthead.accounts;
