package org.masthead.moderation;

import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the {@link MenaceModel} reads a comment that the word lists left unsettled, and what its
 * reading counts for. Reading costs milliseconds where the lists cost microseconds, so the model
 * reads only what it reads well and what glances like a threat: the writer's own words (what they
 * quote counts for little with the lists too), in English, from six words to 400 characters.
 */
final class SecondReading {

    private static final Logger LOG = LoggerFactory.getLogger(SecondReading.class);

    /** The share of a comment's letters that must be Latin for the (English) model to read it. */
    static final double LATIN = 0.9;
    /**
     * The share of a comment's words that must be among the commonest of English, which are a
     * quarter to a half of most English comments and hardly any of a French, German or Spanish one.
     */
    static final double ENGLISH = 0.15;
    static final Set<String> COMMON_ENGLISH = Set.of("the", "a", "an", "to", "of", "and", "or", "but", "is", "are", "was",
            "were", "be", "been", "being", "am", "i", "im", "you", "youre", "your", "yours", "he", "him", "his", "she", "her",
            "it", "its", "we", "us", "our", "they", "them", "their", "theyre", "this", "that", "these", "those", "in", "on",
            "at", "for", "with", "as", "by", "from", "about", "into", "over", "after", "before", "not", "no", "do", "does",
            "did", "dont", "have", "has", "had", "will", "would", "shall", "should", "can", "could", "cant", "may", "might",
            "must", "if", "then", "than", "so", "just", "what", "who", "whom", "which", "when", "where", "why", "how", "all",
            "any", "some", "there", "here", "up", "out", "my", "me", "mine", "u", "ur", "yourself", "ill", "youll");
    /**
     * The model's figure from which it counts, and what it counts for when certain: chosen by
     * cross-validation on the tune rows ({@code MenaceModel_FitTest}), where 0.90 caught one threat
     * more for the same one civil row, and moved to 0.92 so that a coach's "if you keep writing
     * pieces like this one you'll learn how many of us read every word" passes.
     */
    static final double MODEL_FROM = 0.92;
    static final double MODEL_MOST = 0.7;
    /** Longer comments are not read: the model's cost grows with the length (16 ms for 1,000 characters). */
    static final int LONGEST = 400;
    /** Shorter ones give the model too little to read: it took "Decide about me once." for a threat (0.99). */
    static final int SHORTEST = 6;
    /**
     * The glance's figure from which the model reads a comment: chosen by cross-validation on the
     * tune rows ({@code MenaceModel_FitTest}), where it lets the model read one ordinary civil
     * comment in ten and most of the threats the word lists miss.
     */
    static final double GLANCE_FROM = 0.5;

    private final MenaceModel model;

    SecondReading(MenaceModel model) {
        this.model = model;
    }

    /**
     * The model's reading as a reason, or null where it was not asked or did not count. It counts
     * only when fairly sure, and then from nothing up to {@link #MODEL_MOST}. The known threat it
     * resembled goes in the feature, which only moderators see: a writer warned before posting is
     * shown the words of theirs that counted, never a stored threat.
     */
    Evidence of(FoldedText text) {
        String own = text.unquoted();
        if (!worthReading(text, own)) {
            return null;
        }
        MenaceModel.Reading reading;
        try {
            reading = model.read(own);
        } catch (RuntimeException | LinkageError e) {
            // A comment is never lost to the model: the word lists' decision stands.
            LOG.warn("The language model could not read a comment, so the word lists alone decided: {}", e.toString());
            return null;
        }
        if (!(reading.threat() >= MODEL_FROM)) { // NaN included
            return null;
        }
        double weight = MODEL_MOST * (reading.threat() - MODEL_FROM) / (1 - MODEL_FROM);
        return new Evidence(String.format(Locale.ROOT, "reads like a threat (language model, %.2f; closest known threat: \u201C%s\u201D)",
                reading.threat(), model.closest(reading)), "", weight);
    }

    /** The cheap tests first; the glance, the dearest of them (microseconds), last. */
    private boolean worthReading(FoldedText text, String own) {
        if (own.length() > LONGEST || !mostlyLatin(own)) {
            return false;
        }
        int words = 0;
        int common = 0;
        for (FoldedText.Word word : text.words()) {
            if (!word.quoted()) {
                words++;
                common += COMMON_ENGLISH.contains(word.folded()) ? 1 : 0;
            }
        }
        return words >= SHORTEST && common >= ENGLISH * words && model.glance(own) >= GLANCE_FROM;
    }

    static boolean mostlyLatin(String text) {
        int letters = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                    latin++;
                }
            }
        }
        return letters > 0 && latin >= LATIN * letters;
    }
}
