package org.masthead.funding;

import java.util.List;

/**
 * The newsroom's list of gifts: the filters chosen, a page of gifts, the link to the next page (null
 * on the last), and the CSV export of everything the filters pick.
 */
record DonationsDeskPage(DonationsDesk.Chosen chosen, List<GiftLine> gifts, String nextPage, String csv,
        boolean paged) {
}
