package org.masthead.moderation;

/**
 * One moderation action or automatic decision.
 *
 * @param actorId the staff member who acted, or null when a rule decided
 * @param actor their name at the time, or the rule's ("Rule: banned words")
 * @param action what was done ("approved", "rejected", "spam", "held", "refused", "banned", …)
 * @param writer whose comment it was, by name
 * @param excerpt the start of the comment, kept when the comment is deleted
 */
record AuditLine(long id, long at, Long actorId, String actor, String action, Long commentId, Long articleId,
        String writer, String excerpt, String reason) {
}
