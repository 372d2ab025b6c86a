package org.masthead;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of the running application on a real database: the whole application on a random port,
 * with the demo publication loaded into a database of its own. Every such test runs on SQLite and
 * again on PostgreSQL. All of them share one configuration, so one application serves them all.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("database")
@ExtendWith(PostgresAvailable.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "masthead.demo=true",
        "masthead.publishing.schedule-check-interval=PT0.5S",
        "masthead.page-cache.slot-refresh=PT0.2S",
        "masthead.base-url=https://news.example.test",
        // Every test here comes from 127.0.0.1, like a whole newsroom behind one address: the limits on
        // one client are tried in a context of their own, where each test is a client of its own.
        "masthead.limits.sign-in.per-client=100000",
        "masthead.limits.mail.per-client=100000",
        "masthead.discussion.posts-per-client=100000",
        "masthead.discussion.posts-per-writer=100000",
        "masthead.discussion.votes-per-client=100000",
        "masthead.funding.checkouts-per-client=100000",
        "masthead.moderation.reports-per-reader=100000",
        // A test posts as soon as it has the form; the time a person needs is tried in a context of its own.
        "masthead.discussion.seconds-on-page=0",
        // Hundreds of tests sign people up and in; bursts and guessing are tried at a real cost (ManyClientsTest),
        // and single sign-ins at the default (12) in the packaged program's test.
        "masthead.accounts.password-cost=4" })
@ContextConfiguration(initializers = TestDatabase.class)
public @interface DatabaseTest {
}
