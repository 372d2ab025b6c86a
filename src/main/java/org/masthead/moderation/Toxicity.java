package org.masthead.moderation;

import java.util.List;

/**
 * What a scorer made of a comment.
 *
 * @param abuse how abusive it reads, from 0 (not at all) to 1
 * @param spam how much it reads like advertising or fraud, from 0 to 1
 * @param evidence the reasons behind both figures, the weightiest first
 */
public record Toxicity(double abuse, double spam, List<Evidence> evidence) {

    public Toxicity {
        evidence = List.copyOf(evidence);
    }
}
