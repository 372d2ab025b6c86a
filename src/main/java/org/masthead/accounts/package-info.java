/**
 * Accounts: people and their roles — sign-up and sign-in, sessions, verification and password
 * reset, profiles, and the export and deletion of a person's data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package org.masthead.accounts;
