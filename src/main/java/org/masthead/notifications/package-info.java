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
 * <p>Templates live in {@code src/main/resources/email}: {@code <name>.txt} (its first line is
 * {@code Subject: ...}) and {@code <name>.html}, with {@code {{placeholder}}} for each value. The
 * values a caller passes must match the placeholders exactly. Those there are:
 * <ul>
 * <li>{@code verify-email}: publicationName, displayName, link, expiresIn (e.g. "48 hours");
 * <li>{@code reset-password}: publicationName, displayName, link, expiresIn;
 * <li>{@code welcome-staff}: publicationName, displayName, role, link (where they choose a password).
 * </ul>
 *
 * <p>Settings: {@code masthead.mail.from} ({@code MASTHEAD_MAIL_FROM}), {@code masthead.mail.poll-interval},
 * {@code masthead.mail.max-attempts}, and Spring Boot's {@code spring.mail.*} for the SMTP server.
 * Defaults are in {@code notifications.properties}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.masthead.notifications;
