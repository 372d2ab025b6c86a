package org.masthead.moderation;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
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

    /** How the reading's reason begins, which names no words of the writer's. */
    static final String FEATURE = "reads like a threat";

    /** The share of a comment's letters that must be Latin for the (English) model to read it. */
    private static final double LATIN = 0.9;
    /**
     * The share of a comment's words that must be among the commonest of English (those that are
     * not also common French, German, Spanish or Portuguese words): a fifth to a half of most
     * English comments, hardly any of a comment in those languages.
     */
    private static final double ENGLISH = 0.15;
    private static final Set<String> COMMON_ENGLISH = Set.of("the", "and", "of", "to", "that", "this", "these", "those",
            "is", "are", "were", "been", "being", "you", "youre", "your", "yours", "yourself", "it", "its", "with", "they",
            "them", "their", "theyre", "have", "has", "had", "for", "what", "who", "which", "when", "where", "why", "how",
            "would", "should", "could", "can", "cant", "not", "dont", "if", "than", "then", "just", "about", "from", "there",
            "here", "my", "our", "we", "us", "his", "him", "she", "her", "all", "any", "some", "out", "up", "by", "at", "but",
            "im", "ill", "youll", "after", "before", "into", "over", "must", "might", "i", "be");
    /**
     * The model's figure from which it counts, and what it counts for when certain, so that it holds
     * a comment alone from 0.86 (the default holding figure, 0.5): chosen by cross-validation on the
     * tune rows with the model's ridges and sharpness, by the rule written in {@code MenaceModel_FitTest}.
     * Counting from 0.67 held a third civil tune row there. Lower figures used to hold the tests'
     * coach ("If you keep at it you'll see how quickly your times improve."), until the word lists
     * learnt that a consequence that turns out well encourages, and "Be careful on the ice, and see
     * you soon.", until "careful" inside "be careful" stopped counting as a second hint of harm.
     */
    static final double MODEL_FROM = 0.68;
    static final double MODEL_MOST = 0.9;
    /**
     * Longer comments are not read: the models' cost grows with the length (bge-small alone took 11 ms
     * for 400 characters and 29 ms for 1,000; all-MiniLM-L6-v2, with half its layers, adds about half again).
     */
    private static final int LONGEST = 400;
    /** Shorter ones give the model too little to read: it takes "Decide about me once." for a threat. */
    private static final int SHORTEST = 6;
    /**
     * The glance's figure from which the model reads a comment: chosen by cross-validation on the
     * tune rows ({@code MenaceModel_FitTest}), where it lets the model read about one ordinary
     * civil comment in eight, with those the lists doubt (69 of 528).
     */
    static final double GLANCE_FROM = 0.5;
    /**
     * Where the word lists found some abuse short of holding (from this figure: a threat's phrase
     * without its announcement, a violent word with no one named to receive it, and also plain
     * profanity), the model reads the comment from a lower glance: the lists' doubt earns it a
     * reading. Chosen by the same cross-validation, on the tune rows of the time (6 more rows the
     * lists miss caught, for no more civil rows held, and a reading for about one ordinary civil
     * comment in 60 more).
     */
    static final double SUPPORTED = 0.2;
    static final double SUPPORTED_GLANCE_FROM = 0.3;

    private final MenaceModel model;

    SecondReading(MenaceModel model) {
        this.model = model;
    }

    /**
     * The model's reading as a reason, or null where it was not asked or did not count. It is asked
     * only where its reading could change the outcome: the word lists' figure is below the one from
     * which the comment is held, and the reading, at its most, would reach it. It counts only when
     * fairly sure, and then from nothing up to {@link #MODEL_MOST}. The known threat it resembled
     * goes in the feature, which only moderators see: a writer warned before posting is never shown
     * a stored threat.
     *
     * <p>Nor does it read the sentences in which the word lists read harm denied, nor the phrases
     * they know to harm nobody where nothing else in the comment intimidates: the models read the
     * harm and not its denial (both read "Don't worry, nobody is going to hurt you." like a threat,
     * near 0.9), nor the road in "Put a barrier on that bend before somebody gets killed." (0.84),
     * and the lists already tell a denial from a threat that bargains, waits or hands the harm to
     * others. The rest of the comment is read as any other.
     *
     * @param lists the word lists' abuse figure
     * @param holdsFrom the abuse figure from which the comment is held
     * @param leftOut the sentences in which the word lists read harm denied and the phrases that harm
     *     nobody, sought only where the reading could change the outcome
     */
    Evidence of(FoldedText text, double lists, double holdsFrom, Supplier<List<FoldedText.Span>> leftOut) {
        boolean couldTip = lists < holdsFrom && 1 - (1 - lists) * (1 - MODEL_MOST) >= holdsFrom;
        if (!couldTip) {
            return null;
        }
        List<FoldedText.Span> left = leftOut.get();
        String own = left.isEmpty() ? text.unquoted() : text.unquoted(left).strip();
        // What is left is folded again, to count its words as the model would read them.
        FoldedText rest = left.isEmpty() ? text : FoldedText.of(own);
        double glanceFrom = lists >= SUPPORTED ? SUPPORTED_GLANCE_FROM : GLANCE_FROM;
        if (!worthReading(rest, own, glanceFrom)) {
            return null;
        }
        MenaceModel.Reading reading;
        try {
            reading = model.read(own);
        } catch (RuntimeException | LinkageError e) {
            // A comment is never lost to the model: the word lists' decision stands.
            LOG.warn("The language models could not read a comment, so the word lists alone decided: {}", e.toString());
            return null;
        }
        if (!(reading.threat() >= MODEL_FROM)) { // NaN included
            return null;
        }
        double weight = MODEL_MOST * (reading.threat() - MODEL_FROM) / (1 - MODEL_FROM);
        return new Evidence(String.format(Locale.ROOT, "%s (language models, %.2f; closest known threat: \u201C%s\u201D)",
                FEATURE, reading.threat(), reading.closestThreat()), "", weight);
    }

    /** The cheap tests first; the glance, the dearest of them (microseconds), last. */
    private boolean worthReading(FoldedText text, String own, double glanceFrom) {
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
        return words >= SHORTEST && common >= ENGLISH * words && model.glance(own) >= glanceFrom;
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
