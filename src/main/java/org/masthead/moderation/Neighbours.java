package org.masthead.moderation;

import java.util.List;

/**
 * The half of the {@link MenaceModel}'s reading that weighs a comment against every tune row it was
 * fitted to, the threats, calls to violence and civil comments alike: each pulls the reading
 * towards what it was, the more the closer its meaning lies to the comment's (a kernel ridge
 * regression). Threats worded unlike each other each keep a neighbourhood of their own here, where
 * the model's straight line through the space of meanings must trade them off against the civil
 * comments that share their words.
 */
final class Neighbours {

    /**
     * A tune row the model was fitted to.
     *
     * @param threat whether it threatens or calls for violence
     * @param pull what it adds to a reading whose meaning is its own; less, the further the meanings part
     */
    record Known(String text, boolean threat, double pull, float[] meaning) {
    }

    private final double base;
    private final double sharpness;
    private final List<Known> known;
    /** The known rows' meanings end to end, and their pulls: the reading's loop runs over plain arrays. */
    private final float[] meanings;
    private final double[] pulls;

    /**
     * @param base the reading of a comment like none of the known ones
     * @param sharpness how quickly a known row's pull falls as meanings part: it counts for
     *     exp(sharpness · (similarity − 1)), the similarity of two unit meanings running from −1 to 1
     */
    Neighbours(double base, double sharpness, List<Known> known) {
        this.base = base;
        this.sharpness = sharpness;
        this.known = List.copyOf(known);
        this.meanings = new float[known.size() * MenaceModel.DIMENSIONS];
        this.pulls = new double[known.size()];
        for (int k = 0; k < known.size(); k++) {
            float[] meaning = known.get(k).meaning();
            if (meaning.length != MenaceModel.DIMENSIONS) {
                throw new IllegalArgumentException("a known row needs a meaning of " + MenaceModel.DIMENSIONS + " numbers, not "
                        + meaning.length);
            }
            System.arraycopy(meaning, 0, meanings, k * MenaceModel.DIMENSIONS, MenaceModel.DIMENSIONS);
            pulls[k] = known.get(k).pull();
        }
    }

    /** From 0 to 1: the regression's estimate of the share of comments of that meaning that threaten. */
    double threat(float[] meaning) {
        double sum = base;
        for (int k = 0; k < pulls.length; k++) {
            double similarity = 0;
            int at = k * MenaceModel.DIMENSIONS;
            for (int i = 0; i < MenaceModel.DIMENSIONS; i++) {
                similarity += meaning[i] * meanings[at + i];
            }
            sum += pulls[k] * Math.exp(sharpness * (similarity - 1));
        }
        return Math.min(1, Math.max(0, sum)); // NaN stays NaN
    }

    /** The known threat whose meaning lies closest. */
    String closestThreat(float[] meaning) {
        String closest = "";
        double nearest = Double.NEGATIVE_INFINITY;
        for (Known k : known) {
            double similarity = MenaceModel.dot(meaning, k.meaning());
            if (k.threat() && similarity > nearest) {
                nearest = similarity;
                closest = k.text();
            }
        }
        return closest;
    }

    List<Known> threats() {
        return known.stream().filter(Known::threat).toList();
    }
}
