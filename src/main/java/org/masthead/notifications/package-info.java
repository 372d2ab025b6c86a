/**
 * Notifications: the durable email outbox, written in the same transaction as the change that
 * causes a message and sent by a worker with retries, and the message templates.
 *
 * <p>Other modules see only {@link org.masthead.notifications.Outbox}: they call
 * {@code outbox.enqueue(address, template, values)} inside their own transaction. The message is
 * rendered there and then, stored in {@code email_outbox} with that transaction, and sent by the
 * worker once it has committed — at once, and again by a regular poll, so a message survives a
 * crash, a restart or an SMTP outage. Several nodes may run the worker on one database; a claim
 * with a lease keeps them from sending a message twice.
 *
 * <p>A message has two parts. The text part is {@code src/main/resources/email/<name>.txt}: its
 * first line is {@code Subject: ...}, and it has a {@code {{placeholder}}} for each value it shows.
 * The HTML part is the jte template {@code src/main/jte/notifications/<name>.jte}, with an
 * {@code @param String} for each value it shows; it fills the shell shared by every email,
 * {@code email-layout.jte} (publication name, title, content, footer sentence, all styles inline
 * because email clients drop style sheets), and jte escapes the values. The values a caller passes
 * must match the placeholders and parameters of the two parts together exactly. Those there are:
 * <ul>
 * <li>{@code verify-email}: publicationName, displayName, link, expiresIn (e.g. "48 hours");
 * <li>{@code reset-password}: publicationName, displayName, link, expiresIn;
 * <li>{@code welcome-staff}: publicationName, displayName, role, link (where they choose a password);
 * <li>{@code account-exists}: publicationName, displayName, signInLink, resetLink;
 * <li>{@code comment-notification}: publicationName, commenterName, reason ("replied to your comment"),
 *     articleHeadline, excerpt, link, subscription (what the reader follows), unsubscribeLink, unsubscribeAllLink;
 * <li>{@code subscription-confirm}: publicationName, articleHeadline, subscription, link;
 * <li>{@code gift-receipt}: publicationName, donorName, amount ("£10"), paidOn, reference, supportLink;
 * <li>{@code monthly-gift-receipt}: the same, and stopLink (where a monthly donor stops the gift).
 * </ul>
 *
 * <p>Settings: {@code masthead.mail.from} ({@code MASTHEAD_MAIL_FROM}), {@code masthead.mail.poll-interval},
 * {@code masthead.mail.max-attempts}, and Spring Boot's {@code spring.mail.*} for the SMTP server.
 * Defaults are in {@code notifications.properties}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications", allowedDependencies = {})
package org.masthead.notifications;
