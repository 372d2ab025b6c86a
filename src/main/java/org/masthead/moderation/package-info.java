/**
 * Moderation: the rules that keep abuse out of the discussion (pre-moderation, word and link
 * rules), the queue, reader reports, bans and an audit of every action. Listens to discussion.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Moderation")
package org.masthead.moderation;
