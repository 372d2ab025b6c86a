package org.masthead;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * A {@link DatabaseTest} whose requests may each come from a client of their own: the application
 * believes the {@code X-Forwarded-For} the test sends (it trusts 127.0.0.1 as its proxy, as a
 * newsroom behind nginx would), and its limits on what the public may do are small enough for a test
 * to reach. Every test here names the addresses it comes from ({@link Session#from} with
 * {@link TestClients#next()}), so no test spends another's allowance.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DatabaseTest
@TestPropertySource(properties = {
        "masthead.test.context=many-clients",
        // Real hashing work on every sign-up and sign-in of a burst, at a quarter of the default's (12): what is
        // tried here is that hundreds at once are all answered and the limits hold, not bcrypt's own speed. At
        // the default cost, single sign-ins are tried in the packaged program's test and a burst is measured by
        // bench/sign-ups.sh.
        "masthead.accounts.password-cost=10",
        "masthead.trusted-proxies=127.0.0.1",
        "masthead.limits.sign-in.per-account-and-client=3",
        "masthead.limits.sign-in.per-client=6",
        "masthead.limits.sign-in.per-account-from-new-browsers=8",
        "masthead.limits.sign-in.per-known-browser=4",
        "masthead.limits.mail.per-client=3",
        "masthead.limits.mail.per-recipient=2",
        "masthead.discussion.seconds-on-page=2",
        "masthead.discussion.posts-per-client=3",
        "masthead.discussion.posts-per-writer=2",
        "masthead.discussion.votes-per-client=5",
        "masthead.funding.checkouts-per-client=3",
        "masthead.moderation.reports-per-reader=3" })
public @interface ManyClientsTest {
}
