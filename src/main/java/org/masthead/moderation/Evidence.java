package org.masthead.moderation;

/**
 * One reason a comment's score moved, as a moderator reads it beside the comment.
 *
 * @param feature what was found, in plain words ("insult aimed at a person", "link")
 * @param words the comment's own words that showed it, as written
 * @param weight how much it counted, from 0 to 1
 */
public record Evidence(String feature, String words, double weight) {
}
