package org.masthead.notifications;

/** A message was written to the outbox; once its transaction commits, the worker can send it. */
record MessageQueued() {
}
