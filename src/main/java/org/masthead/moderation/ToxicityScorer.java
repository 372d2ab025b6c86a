package org.masthead.moderation;

/**
 * Scores a comment for abuse and spam, and says why. The built-in {@link LocalScorer} runs inside
 * the application and sends nothing anywhere.
 *
 * <p>Another scorer can be plugged in by declaring a bean of this type; it replaces the local one.
 * It is called while a reader waits for their comment to be accepted, so it should answer quickly,
 * and it must explain itself: moderators see its {@link Toxicity#evidence() evidence}.
 */
public interface ToxicityScorer {

    Toxicity score(String text);
}
