package org.masthead.funding;

import org.masthead.pages.FormToken;

/**
 * The small pages around a gift: the thank-you page after the checkout, the page for a checkout left
 * before paying, and the page where a monthly donor stops their gift.
 *
 * @param kind "thanks", "cancelled", "stop" or "stopped"
 * @param amount the gift as a reader reads it, or null when no gift is known
 * @param status the gift's status ("pending", "succeeded", "failed", "refunded"), or null when none is known
 * @param stopPath where the stop form is sent, for "stop"
 */
record GiftPageView(String publicationName, String kind, String amount, boolean monthly, String status,
        String stopPath, FormToken token) {
}
