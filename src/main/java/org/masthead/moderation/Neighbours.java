package org.masthead.moderation;

import java.util.ArrayList;
import java.util.List;

/**
 * The half of the {@link MenaceModel}'s reading that weighs a comment against every tune row it was
 * fitted to, the threats, calls to violence and civil comments alike: each pulls the reading
 * towards what it was, the more the closer its meaning lies to the comment's (a kernel ridge
 * regression). It can bend where the model's straight line through the space of meanings cannot,
 * between threats and the civil comments that share their words.
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
    private final String[] texts;
    private final boolean[] threats;
    private final double[] pulls;
    /**
     * The known rows' meanings, dimension by dimension: the i-th number of every row's meaning, then
     * the (i+1)-th. Summing a comment's similarity to all rows at once, one dimension at a time, is a
     * loop the JIT turns into vector instructions, where row by row it could not.
     */
    private final float[] byDimension;

    /**
     * @param base the reading of a comment like none of the known ones
     * @param sharpness how quickly a known row's pull falls as meanings part: it counts for
     *     exp(sharpness · (similarity − 1)), the similarity of two unit meanings running from −1 to 1
     */
    Neighbours(double base, double sharpness, List<Known> known) {
        int n = known.size();
        this.base = base;
        this.sharpness = sharpness;
        this.texts = new String[n];
        this.threats = new boolean[n];
        this.pulls = new double[n];
        this.byDimension = new float[n * MenaceModel.DIMENSIONS];
        for (int k = 0; k < n; k++) {
            Known row = known.get(k);
            if (row.meaning().length != MenaceModel.DIMENSIONS || !Double.isFinite(row.pull())) {
                throw new IllegalArgumentException("a known row needs a finite pull and a meaning of " + MenaceModel.DIMENSIONS
                        + " numbers: " + row.text());
            }
            texts[k] = row.text();
            threats[k] = row.threat();
            pulls[k] = row.pull();
            for (int i = 0; i < MenaceModel.DIMENSIONS; i++) {
                byDimension[i * n + k] = row.meaning()[i];
            }
        }
    }

    /**
     * How a comment reads among the known rows.
     *
     * @param threat from 0 to 1: the regression's estimate of the share of comments of that meaning that threaten
     * @param closestThreat the known threat whose meaning lies closest
     */
    record Reading(double threat, String closestThreat) {
    }

    Reading read(float[] meaning) {
        float[] similarity = similarities(meaning);
        double sum = base;
        int closest = -1;
        for (int k = 0; k < pulls.length; k++) {
            sum += pulls[k] * Math.exp(sharpness * (similarity[k] - 1));
            if (threats[k] && (closest < 0 || similarity[k] > similarity[closest])) {
                closest = k;
            }
        }
        return new Reading(Math.min(1, Math.max(0, sum)), closest < 0 ? "" : texts[closest]); // NaN stays NaN
    }

    /** The texts of the known rows that threaten, or of those that do not. */
    List<String> texts(boolean threatening) {
        List<String> chosen = new ArrayList<>();
        for (int k = 0; k < texts.length; k++) {
            if (threats[k] == threatening) {
                chosen.add(texts[k]);
            }
        }
        return chosen;
    }

    private float[] similarities(float[] meaning) {
        int n = pulls.length;
        float[] similarity = new float[n];
        for (int i = 0; i < MenaceModel.DIMENSIONS; i++) {
            float m = meaning[i];
            int at = i * n;
            for (int k = 0; k < n; k++) {
                similarity[k] += m * byDimension[at + k];
            }
        }
        return similarity;
    }
}
