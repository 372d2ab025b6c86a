/**
 * Notifications: the durable email outbox, written in the same transaction as the change that
 * causes a message and sent by a worker with retries, and the message templates.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.masthead.notifications;
