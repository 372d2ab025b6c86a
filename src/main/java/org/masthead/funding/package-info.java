/**
 * Funding: monthly goals and campaigns, the progress bar above every page (a
 * {@link org.masthead.pages.ChromeSlot}), gifts and an exact ledger of them in integer minor units.
 * Payment providers and receipts build on {@link org.masthead.funding.Funding}. Knows nothing of
 * discussion.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Funding", allowedDependencies = { "publishing", "accounts", "newsroom", "notifications" })
package org.masthead.funding;
