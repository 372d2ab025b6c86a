/**
 * Funding: monthly goals and the progress bar, donations one-time and monthly through payment
 * providers, an exact ledger and receipts. Knows nothing of discussion.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Funding")
package org.masthead.funding;
