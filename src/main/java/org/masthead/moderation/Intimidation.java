package org.masthead.moderation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Veiled threats, read from the company that words keep across a whole comment rather than from
 * any one word (the cues are in {@code moderation/menace.txt}). "Your daughter's practice finishes
 * at five on Thursdays. Long walk back in the dark." names no harm, yet says: I watch your family,
 * I know your day, something may happen. Each of those alone is an everyday remark; the scorer
 * weighs them only together, and only when the comment speaks to or about a person.
 *
 * <p>Cues inside a quotation do not count: readers quote such messages to condemn them. Nor does
 * a hint of harm inside a phrase that harms nobody (the [harmless] section of {@code threats.txt}),
 * unless the comment also watches someone or knows their day: "stay safe" is a good wish.
 */
final class Intimidation {

    /** Watching someone, with their family, home or day in view. */
    static final double WATCHING = 0.35;
    /** Knowing when someone comes and goes. */
    static final double ROUTINE = 0.25;
    /** A time set for something ("tonight", "sooner or later"), beside another cue. */
    static final double COUNTDOWN = 0.3;
    /** A hint of danger beside any of those; alone, a warning that may be kindly meant. */
    static final double PERIL = 0.3;
    static final double PERIL_ALONE = 0.15;
    static final double MORE_HINTS = 0.1;
    static final double MOST_HINTS = 0.45;
    /**
     * "If you keep writing …, you'll find out …": below the holding figure even with two
     * consequences, since coaches and teachers say it too ("you'll see how quickly your times
     * improve"); a hint of harm beside it holds the comment.
     */
    static final double CONDITION = 0.35;
    static final double CONDITION_FIRM = 0.45;
    /** How many words after a consequence a good outcome may stand: "you'll see how quickly your times improve". */
    private static final int GOOD_OUTCOME_WITHIN = 5;

    private static final List<String> SECTIONS = List.of("watching", "personal", "routine", "countdown", "peril",
            "conditional", "consequence", "good-outcome");
    /**
     * The cues that intimidate by themselves, whatever harm is named: watching someone, knowing their
     * day, setting a time or a condition. Beside them, a phrase the lists know to harm nobody stays in
     * what the language models read ({@link LocalScorer}).
     */
    static final Set<String> CUES = Set.of("watching", "routine", "countdown", "conditional");

    private Intimidation() {
    }

    /**
     * @param harmless the phrases that harm nobody, each within one sentence
     * @param words the comment's words, which say where its sentences start
     */
    static List<Evidence> weigh(List<WordList.Hit> hits, Lexicon lexicon, List<WordList.Hit> harmless,
            List<FoldedText.Word> words) {
        Map<String, List<WordList.Hit>> cues = new LinkedHashMap<>();
        SECTIONS.forEach(s -> cues.put(s, new ArrayList<>()));
        boolean aimed = false;
        for (WordList.Hit hit : hits) {
            if (hit.quoted()) {
                continue;
            }
            for (Lexicon.Term term : lexicon.terms(hit.entry())) {
                List<WordList.Hit> list = cues.get(term.section());
                if (list != null) {
                    list.add(hit);
                }
                // Spoken to or about someone ("you", a person named, "his", "their").
                aimed |= term.section().equals("you") || term.section().equals("people")
                        || term.section().equals("someone");
            }
        }
        List<Evidence> found = new ArrayList<>();
        List<WordList.Hit> watching = cues.get("watching");
        List<WordList.Hit> personal = cues.get("personal");
        List<WordList.Hit> routine = cues.get("routine");
        // "See you soon" is a farewell: its "soon" sets no time.
        List<WordList.Hit> countdown = cues.get("countdown").stream().filter(h -> !h.insideAny(watching)).toList();
        // "Stay safe on your drive home" wishes no danger on anyone, unless the comment also watches
        // someone or knows their day ("We know where your daughter walks home. Stay safe.").
        List<WordList.Hit> peril = !watching.isEmpty() || !routine.isEmpty() ? cues.get("peril")
                : cues.get("peril").stream().filter(h -> !h.insideAny(harmless)).toList();
        if (!aimed) {
            return found;
        }
        // A good outcome excuses a condition only where nothing in the comment hints at harm.
        Evidence condition = condition(cues.get("conditional"), cues.get("consequence"),
                peril.isEmpty() ? cues.get("good-outcome") : List.of(), words);
        if (condition != null) {
            found.add(condition);
        }
        if (!watching.isEmpty() && (!personal.isEmpty() || !routine.isEmpty())) {
            found.add(new Evidence("intimidation: watching a person", words(watching, personal), WATCHING));
        }
        if (!routine.isEmpty() && (!personal.isEmpty() || !watching.isEmpty())) {
            found.add(new Evidence("intimidation: knowing a person's day", words(routine, personal), ROUTINE));
        }
        boolean company = !watching.isEmpty() || !routine.isEmpty() || !personal.isEmpty();
        if (!countdown.isEmpty() && (company || !peril.isEmpty())) {
            found.add(new Evidence("intimidation: a time set", words(countdown, List.of()), COUNTDOWN));
        }
        if (!peril.isEmpty()) {
            // Several different hints weigh more than one, up to a point; "careful" inside "be careful" is one.
            long hints = peril.stream().filter(h -> !h.insideLonger(peril)).map(WordList.Hit::entry).distinct().count();
            boolean beside = company || !countdown.isEmpty() || condition != null;
            double weight = (beside ? PERIL : PERIL_ALONE) + MORE_HINTS * (hints - 1);
            found.add(new Evidence("intimidation: a hint of harm", words(peril, List.of()), Math.min(weight, MOST_HINTS)));
        }
        return found;
    }

    /**
     * A condition set on someone, followed by a consequence: firmer with two consequences than one.
     * A consequence that turns out well a few words on, in its sentence ("you'll see how quickly
     * your times improve"), encourages; a good word further off ("you'll regret it. Improve your
     * manners.") changes nothing.
     */
    private static Evidence condition(List<WordList.Hit> conditions, List<WordList.Hit> consequences, List<WordList.Hit> good,
            List<FoldedText.Word> words) {
        if (conditions.isEmpty()) {
            return null;
        }
        int first = conditions.get(0).from();
        List<WordList.Hit> after = consequences.stream().filter(h -> h.from() > first).toList();
        if (after.isEmpty()) {
            return null;
        }
        int consequence = after.get(0).to();
        if (good.stream().anyMatch(h -> h.from() >= consequence && h.from() - consequence < GOOD_OUTCOME_WITHIN
                && IntStream.rangeClosed(consequence, h.from()).noneMatch(i -> i < words.size() && words.get(i).sentenceStart()))) {
            return null;
        }
        long distinct = after.stream().map(WordList.Hit::entry).distinct().count();
        return new Evidence("intimidation: a condition with a consequence", words(conditions, after),
                distinct > 1 ? CONDITION_FIRM : CONDITION);
    }

    /** The cue words as written, a few of each kind, for the moderator. */
    private static String words(List<WordList.Hit> first, List<WordList.Hit> second) {
        List<String> shown = new ArrayList<>();
        first.stream().limit(3).map(WordList.Hit::words).distinct().forEach(shown::add);
        second.stream().limit(3).map(WordList.Hit::words).distinct().forEach(shown::add);
        return String.join(" · ", shown);
    }
}
