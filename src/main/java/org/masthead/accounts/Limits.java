package org.masthead.accounts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much the public may make the site do ({@code masthead.limits.*}): failed sign-ins, and mail sent
 * on a stranger's request. Counted per client (network address), per account and per recipient, in
 * memory on each node.
 */
@ConfigurationProperties("masthead.limits")
record Limits(SignIn signIn, Mail mail) {

    /**
     * Failed sign-ins allowed per window: for one account from one client, from one client in all,
     * for one account from every browser it has never signed in from, and from a browser that has.
     * The last is apart so that a stranger who spends the others cannot keep the account's holder out.
     */
    record SignIn(int perAccountAndClient, int perClient, int perAccountFromNewBrowsers, int perKnownBrowser,
            Duration window) {
    }

    /** Requests that send mail (sign-ups, password resets) per window: per client and per recipient. */
    record Mail(int perClient, int perRecipient, Duration window) {
    }
}
