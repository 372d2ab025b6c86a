package org.masthead.moderation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The built-in scorer: weighted word lists and a few rules about what stands around each word,
 * all in this process. Every figure it gives comes with the words that moved it.
 *
 * <p>The lists are data ({@code moderation/*.txt}). The rules are what make words mean something:
 * an insult weighs far more when it is aimed at someone ("you", "the author is a", "what a") than
 * said in general; a violent word is news until someone announces it ("I'll"), wishes it ("should
 * be") or points it at someone; and anything inside quotation marks or reported ("called them")
 * is mostly discounted, because readers quote abuse to condemn it. Each reason is a probability
 * that the comment is abusive (or spam); they combine as independent reasons do, so two weak ones
 * make a stronger one but never more than certainty. A comment the lists leave unsettled may be
 * read a second time by language models ({@link SecondReading}), whose reading is one more reason.
 */
final class LocalScorer implements ToxicityScorer {

    /** What is left of a reason inside a quotation or reported speech. */
    static final double QUOTED = 0.1;
    static final double REPORTED = 0.2;
    /** A name that insults by itself, said of nobody in particular ("the local dunce"). */
    static final double UNAIMED_NAME = 0.55;
    static final double UNAIMED_NEEDS_TARGET = 0.15;
    static final double UNAIMED_DESCRIBING = 0.1;
    static final double OF_A_THING = 0.03;
    /** "I'm such an idiot": a name the writer calls themselves insults nobody. */
    static final double AT_ONESELF = 0.05;
    static final double PROFANITY_AIMED = 0.5;
    /** What a violent word gains from someone announcing or urging it, and from someone receiving it. */
    static final double INTENT = 0.4;
    static final double COMMAND = 0.2;
    /** "They should all be shot": a reported violent word wished upon someone. */
    static final double PASSIVE_WISH = 0.25;
    static final double RECEIVER = 0.35;
    static final double RECEIVER_UNANNOUNCED = 0.15;
    static final double MOST = 0.95;
    /** What is left of sport's own violence ("torch their back line") in a sentence about a contest. */
    static final double CONTEST = 0.3;

    static final String[] RESOURCES = {"moderation/insults.txt", "moderation/slurs.txt", "moderation/threats.txt",
            "moderation/violence.txt", "moderation/menace.txt", "moderation/spam.txt"};

    private final Lexicon lexicon;
    private final SecondReading secondReading;

    LocalScorer() {
        this(Lexicon.read(RESOURCES), MenaceModel.shared());
    }

    /** @param model the second reading of comments that glance like threats, or null for the word lists alone */
    LocalScorer(Lexicon lexicon, MenaceModel model) {
        this.lexicon = lexicon;
        this.secondReading = model == null ? null : new SecondReading(model);
    }

    @Override
    public Toxicity score(String text) {
        return score(FoldedText.of(text), Links.in(text), ContentPolicy.DEFAULT_ABUSE_THRESHOLD);
    }

    /**
     * @param holdsFrom the abuse figure from which the comment will be held, which tells whether the
     *     language models' reading could change anything
     */
    Toxicity score(FoldedText text, Links links, double holdsFrom) {
        List<WordList.Hit> hits = lexicon.hits(text);
        Context context = new Context(text, hits);
        List<Evidence> abuse = new ArrayList<>();
        List<Evidence> spam = new ArrayList<>();
        for (WordList.Hit hit : hits) {
            for (Lexicon.Term term : lexicon.terms(hit.entry())) {
                Evidence e = weigh(hit, term, context);
                if (e != null) {
                    (term.section().equals("spam") ? spam : abuse).add(e);
                }
            }
        }
        abuse.addAll(Intimidation.weigh(hits, lexicon, context.harmlessPhrases, text.words()));
        SpamSignals.add(text.text(), text.words(), links, spam);
        List<Evidence> abuseReasons = strongestOfEach(abuse);
        if (secondReading != null) {
            Evidence reading = secondReading.of(text, combine(abuseReasons), holdsFrom, () -> context.leftOutOfReading(hits));
            if (reading != null) {
                abuseReasons.add(reading);
            }
        }
        List<Evidence> spamReasons = strongestOfEach(spam);
        List<Evidence> all = new ArrayList<>(abuseReasons);
        all.addAll(spamReasons);
        all.sort(Comparator.comparingDouble(Evidence::weight).reversed());
        return new Toxicity(combine(abuseReasons), combine(spamReasons), all);
    }

    private Evidence weigh(WordList.Hit hit, Lexicon.Term term, Context c) {
        double w = term.weight();
        return switch (term.section()) {
            case "person" -> insult(hit, c.aimed(hit, true), w, UNAIMED_NAME, c);
            case "needs-target" -> insult(hit, c.aimed(hit, true), w, UNAIMED_NEEDS_TARGET, c);
            // "A stupid argument" describes the argument, whoever is addressed.
            case "describing" -> c.ofAThing(hit) ? insult(hit, false, w, OF_A_THING, c)
                    : insult(hit, c.aimed(hit, false), w, UNAIMED_DESCRIBING, c);
            case "insulting" -> discounted("insulting phrase", hit, w, c);
            case "profanity" -> discounted(c.addressed(hit) ? "profanity aimed at a person" : "profanity", hit,
                    c.addressed(hit) ? PROFANITY_AIMED : w, c);
            case "slurs" -> discounted("slur", hit, w, c);
            case "threats" -> c.insideHarmless(hit) || c.harmDenied(hit) ? null : discounted("threat", hit, w, c);
            case "calls" -> c.harmDenied(hit) ? null : discounted("call to violence", hit, w, c);
            case "harm", "harm-strong", "harm-reported" -> violence(hit, term, c);
            case "spam" -> new Evidence("spam: advertising words", hit.words(), w);
            default -> null; // the cue sections: they weigh nothing themselves
        };
    }

    private Evidence insult(WordList.Hit hit, boolean aimed, double aimedWeight, double otherwise, Context c) {
        if (!aimed && c.placeName(hit)) {
            return new Evidence("insult, in a place's name", hit.words(), OF_A_THING);
        }
        if (c.atOneself(hit)) {
            return discounted("insult at oneself", hit, AT_ONESELF, c);
        }
        return aimed ? discounted("insult aimed at a person", hit, aimedWeight, c) : discounted("insult", hit, otherwise, c);
    }

    /**
     * A violent word, weighed by its company: announced or urged ("I'll", "someone should", a
     * command opening the sentence) and received ("you", "them", a group of people).
     */
    private Evidence violence(WordList.Hit hit, Lexicon.Term term, Context c) {
        if (hit.from() < 0) {
            return discounted("violent word", hit, term.weight(), c);
        }
        if (c.harmless(hit) || c.denied(hit)) {
            return null;
        }
        boolean reported = term.section().equals("harm-reported");
        boolean intent = c.intended(hit);
        boolean command = !reported && c.text.words().get(hit.from()).sentenceStart();
        boolean atYou = c.receivedByYou(hit);
        // "ought to run that cyclist off the road": announced harm may name its receiver first.
        boolean received = atYou || c.received(hit) || (intent && c.receivedBefore(hit));
        double w = term.weight();
        if (intent) {
            w += INTENT;
            if (reported && c.passive(hit)) {
                w += PASSIVE_WISH;
            }
        } else if (command) {
            w += COMMAND;
        }
        // A command ("Torch the hotel") is one only when it names who or what should suffer.
        if (received && (intent || command || (atYou && !reported))) {
            w += RECEIVER;
        } else if (received && !reported) {
            w += RECEIVER_UNANNOUNCED;
        }
        w = Math.min(w, MOST);
        String feature = !intent && !command && !received ? "violent word"
                : atYou ? "threat" : "call to violence";
        if (c.sporting(hit)) {
            // "We'll bury your lot on Saturday" of a match: weighed as a figure of speech, not dropped.
            return discounted(feature + ", said of a contest", hit, w * CONTEST, c);
        }
        return discounted(feature, hit, w, c);
    }

    private Evidence discounted(String feature, WordList.Hit hit, double weight, Context c) {
        if (hit.quoted() && !c.scareQuoted(hit)) {
            return new Evidence(feature + ", quoted", hit.words(), weight * QUOTED);
        }
        if (c.reported(hit)) {
            return new Evidence(feature + ", reported", hit.words(), weight * REPORTED);
        }
        return new Evidence(feature, hit.words(), weight);
    }

    /** The same feature on the same words counts once, so repeating a word does not add up forever. */
    private static List<Evidence> strongestOfEach(List<Evidence> evidence) {
        Map<String, Evidence> strongest = new HashMap<>();
        for (Evidence e : evidence) {
            String key = e.feature() + '\u0000' + e.words().toLowerCase(Locale.ROOT);
            strongest.merge(key, e, (a, b) -> a.weight() >= b.weight() ? a : b);
        }
        return new ArrayList<>(strongest.values());
    }

    /** Independent reasons combined: 1 − ∏(1 − wᵢ). */
    private static double combine(List<Evidence> evidence) {
        double none = 1;
        for (Evidence e : evidence) {
            none *= 1 - Math.max(0, Math.min(1, e.weight()));
        }
        return 1 - none;
    }

    /** Where the cue words of a comment stand, so each hit can look at its neighbours. */
    private final class Context {

        /** Cues count within this many words, and never across the end of a sentence. */
        private static final int BEFORE = 4;
        private static final int AFTER = 3;
        private static final int INTENT_BEFORE = 6;
        private static final int SHORT_SENTENCE = 3;
        private static final int REPORTED_BEFORE = 3;
        /** "called the council leader a moron". */
        private static final int NAMED_BEFORE = 5;
        /** Words that report a name someone was called, with the one called between them and the name. */
        private static final Set<String> NAMING = Set.of("called", "calling", "labelled", "labeled", "branded", "named");
        /** Words that open the one who was called a name: "called the editor …", "called her …". */
        private static final Set<String> NAMED = Set.of("the", "a", "an", "his", "her", "their", "our", "my", "this", "that",
                "him", "them", "these", "those");
        /** "be dragged out and shot". */
        private static final int PASSIVE_BEFORE = 4;
        /** "beat the living daylights out of you". */
        private static final int RECEIVER_AFTER = 6;
        /** Words of degree, which may stand between "I'm" and the name the writer calls themselves. */
        private static final Set<String> DEGREE = Set.of("a", "an", "the", "such", "complete", "total", "right",
                "absolute", "utter", "proper", "real", "bit", "of", "biggest", "massive");
        private static final Set<String> ARTICLES = Set.of("a", "an", "the", "such");
        private static final Set<String> FEEL = Set.of("felt", "feel", "feeling");
        /** After the name the writer calls themselves, words that say when, where or why: "a moron with maps", "an idiot to park there". */
        private static final Set<String> WHEN = Set.of("sometimes", "again", "today", "honestly");
        private static final Set<String> WHERE = Set.of("with", "in", "at", "on", "for", "to", "about");
        /**
         * What may stand between a denial and the harm it denies: "not going to hurt", "nobody is ever
         * going to"; in French, Spanish and Russian also who must or will do it and who would suffer
         * it ("il ne faut pas les tuer", "no hay que lincharlos", "не надо их бить"). German needs
         * none: its "nicht" stands just before the verb ("man sollte ihn nicht verprügeln").
         */
        private static final Set<String> BRIDGE = Set.of("going", "gonna", "to", "ever", "even", "actually", "really",
                "be", "is", "are", "was", "were", "will", "would", "trying", "planning", "about",
                "les", "leur", "lui", "te", "hay", "que", "надо", "нужно", "будет", "буду", "их", "тебя");
        /**
         * Words that say the harm must or will be done: a denial reaches over one of them ("не надо их
         * бить"), never over two, which belong to two clauses ("жалеть их не надо их надо бить").
         */
        private static final Set<String> MODALS = Set.of("hay", "надо", "нужно", "будет", "буду");
        /** Before a denial, what makes it the end of a bargain: "drop the story and nobody will hurt you". */
        private static final Set<String> AND = Set.of("and", "or");

        private final FoldedText text;
        private final Map<String, boolean[]> marks = new HashMap<>();
        /** For every word, how many words its sentence has. */
        private final int[] sentenceLength;
        private boolean cjkYou;
        /** A condition or dare anywhere in the comment, and the last word of a delay or of other hands. */
        private boolean bargained;
        private int lastAfterwards = -1;
        /** The phrases that harm nobody, each within one sentence. */
        private final List<WordList.Hit> harmlessPhrases = new ArrayList<>();
        /** Whether the comment watches someone, knows their day, or sets a time or a condition. */
        private boolean intimidating;

        Context(FoldedText text, List<WordList.Hit> hits) {
            this.text = text;
            int n = text.words().size();
            sentenceLength = new int[n];
            for (int start = 0; start < n; ) {
                int end = start + 1;
                while (end < n && !text.words().get(end).sentenceStart()) {
                    end++;
                }
                Arrays.fill(sentenceLength, start, end, end - start);
                start = end;
            }
            for (String section : List.of("you", "copula", "exclaim", "people", "things", "reported", "intent",
                    "objects", "person", "needs-target", "describing", "harmless", "passive", "sporting", "contest", "self",
                    "denial", "harm", "harm-strong", "harm-reported", "places")) {
                marks.put(section, new boolean[n]);
            }
            for (WordList.Hit hit : hits) {
                for (Lexicon.Term term : lexicon.terms(hit.entry())) {
                    if (hit.from() >= 0) {
                        bargained |= term.section().equals("bargain");
                        intimidating |= Intimidation.CUES.contains(term.section()) && !hit.quoted();
                        if (term.section().equals("afterwards")) {
                            lastAfterwards = Math.max(lastAfterwards, hit.to() - 1);
                        }
                    }
                    if (term.section().equals("harmless") && hit.from() >= 0 && oneSentence(hit)) {
                        harmlessPhrases.add(hit);
                    }
                    boolean[] mark = marks.get(term.section());
                    if (mark == null) {
                        continue;
                    }
                    if (hit.from() < 0) {
                        cjkYou |= term.section().equals("you");
                        continue;
                    }
                    for (int i = hit.from(); i < hit.to(); i++) {
                        mark[i] = true;
                    }
                }
            }
        }

        /**
         * Whether an insult is aimed at a person: "you" near it; a name after "what a"; a name
         * with a describing word before it ("stupid cow"); "is a …" said of a person ("the mayor is
         * a …", "Dave is a …"); for names that insult by themselves, "is a …" of anyone.
         */
        boolean aimed(WordList.Hit hit, boolean name) {
            if (hit.from() < 0) {
                return cjkYou;
            }
            if (addressed(hit) || before("exclaim", hit.from(), BEFORE)) {
                return true;
            }
            if (name && shortSentence(hit)) {
                return true; // "Idiot." "Absolute imbecile." said to someone
            }
            if (name) {
                if (before("describing", hit.from(), 2)) {
                    return true;
                }
                int copula = lastBefore("copula", hit.from(), 3);
                return copula > 0 && (is("people", copula - 1) || isName(copula - 1) || is("person", hit.from()));
            }
            // A describing word: aimed when it describes a person ("useless fat slob", "stupid cow").
            return after("people", hit.to(), 2) || after("person", hit.to(), 2) || after("needs-target", hit.to(), 2);
        }

        /**
         * The writer calling themselves the name: "I'm such an idiot", "I'm a complete moron with
         * maps", "what a dumbass I am". Between "I'm" and the name stand only words of degree, with
         * an article or "such" among them and nothing but spaces between them, and the clause ends
         * with the name (or with "I am" after it): "I'm right, idiot", "I'm right idiot", "I feel
         * like a moron wrote this" and "what a clown I'm replying to" are aimed at someone else.
         */
        boolean atOneself(WordList.Hit hit) {
            if (hit.from() < 0) {
                return false;
            }
            List<FoldedText.Word> words = text.words();
            int i = hit.from() - 1;
            boolean article = false;
            boolean indefinite = false;
            while (i >= 0 && joined(i) && DEGREE.contains(words.get(i).folded())) {
                article |= ARTICLES.contains(words.get(i).folded());
                indefinite |= ARTICLES.contains(words.get(i).folded()) && !words.get(i).folded().equals("the");
                i--;
            }
            boolean felt = feltLike(i);
            if (article && i >= 0 && joined(i) && (is("self", i) || felt)) {
                // "I'm a moron with maps" says where; "I feel like a moron in charge wrote this" does not.
                boolean saysWhere = !words.get(i).folded().equals("like");
                // "I was an idiot leaving the washing out" and "Felt like a proper wazzock turning up"
                // say what the writer was doing; "I feel like an idiot working at the council wrote
                // this" and "I feel like the idiot running this council should resign" name someone.
                return endsClause(hit.to(), saysWhere, indefinite && (saysWhere || felt));
            }
            int from = hit.from();
            boolean whatA = from >= 2 && joined(from - 2) && joined(from - 1) && words.get(from - 2).folded().equals("what")
                    && (words.get(from - 1).folded().equals("a") || words.get(from - 1).folded().equals("an"));
            int after = hit.to();
            if (!whatA || after >= words.size() || !joined(after - 1) || !is("self", after)) {
                return false;
            }
            while (is("self", after)) {
                after++;
            }
            return endsClause(after, false, false);
        }

        /**
         * The word at {@code at} and the next stand in the same line of the same sentence, both
         * quoted or neither, with nothing but spaces between them.
         */
        private boolean joined(int at) {
            List<FoldedText.Word> words = text.words();
            if (at < 0 || at + 1 >= words.size()) {
                return false;
            }
            FoldedText.Word word = words.get(at);
            FoldedText.Word next = words.get(at + 1);
            if (next.sentenceStart() || word.quoted() != next.quoted()) {
                return false;
            }
            for (int c = word.end(); c < next.start(); c++) {
                char between = text.text().charAt(c);
                if (between != '\t' && Character.getType(between) != Character.SPACE_SEPARATOR) { // a line break ends it
                    return false;
                }
            }
            return true;
        }

        /**
         * "Felt like a proper wazzock": a sentence that opens on a feeling without saying whose is the
         * writer's, unless it asks ("Feel like a moron?").
         */
        private boolean feltLike(int like) {
            List<FoldedText.Word> words = text.words();
            return like >= 1 && words.get(like).folded().equals("like") && joined(like - 1)
                    && words.get(like - 1).sentenceStart() && FEEL.contains(words.get(like - 1).folded()) && !asked(like);
        }

        /**
         * The clause ends before the word at {@code at}, or goes on only to say when ("again"), or,
         * where {@code saysWhere}, where, with what or why ("with maps", "in that photo", "to park
         * there"), or, where {@code saysDoing}, doing what ("leaving the washing out").
         */
        private boolean endsClause(int at, boolean saysWhere, boolean saysDoing) {
            if (at >= text.words().size() || !joined(at - 1)) {
                return true;
            }
            String next = text.words().get(at).folded();
            return WHEN.contains(next) || saysWhere && WHERE.contains(next)
                    || saysDoing && next.length() > 4 && next.endsWith("ing");
        }

        /** The hit stands in a sentence of a few words only, as a name called out. */
        private boolean shortSentence(WordList.Hit hit) {
            return sentenceLength[hit.from()] <= SHORT_SENTENCE;
        }

        boolean addressed(WordList.Hit hit) {
            return hit.from() < 0 ? cjkYou : before("you", hit.from(), BEFORE) || after("you", hit.to(), AFTER);
        }

        /** "A stupid argument": the describing word is about a thing. */
        boolean ofAThing(WordList.Hit hit) {
            return hit.from() >= 0 && after("things", hit.to(), 2);
        }

        boolean intended(WordList.Hit hit) {
            return before("intent", hit.from(), INTENT_BEFORE) || after("intent", hit.to(), AFTER)
                    || is("intent", hit.from());
        }

        /** "Kill two birds", "a slap on the wrist": the violent word shares its words with a harmless phrase. */
        boolean harmless(WordList.Hit hit) {
            return hit.from() >= 0 && within("harmless", hit);
        }

        /**
         * A threat's phrase, longer than a violent word, is excused only wholly inside a harmless
         * one, in one sentence: "you're dead wrong" (but not "You're dead. Wrong move.").
         */
        boolean insideHarmless(WordList.Hit hit) {
            return hit.from() >= 0 && hit.insideAny(harmlessPhrases);
        }

        private boolean oneSentence(WordList.Hit hit) {
            for (int i = hit.from() + 1; i < hit.to(); i++) {
                if (text.words().get(i).sentenceStart()) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Harm denied: a denial ("never", "won't", "nobody") stands just before the violent word,
         * with only words such as "going to" between them and no punctuation; the denial is not
         * itself denied earlier in its clause ("don't think I won't hurt you", "I can't promise my
         * friends won't hurt you"), nor the end of a bargain ("drop the story and nobody will hurt
         * you"); the comment names no condition or dare anywhere ([bargain]: "if you drop the
         * story", "who wouldn't"), nor after the violent word a delay or other hands ([afterwards]:
         * "… yet", "my mates will"); and the sentence is not a question ("is nobody going to shoot
         * him?"). Each of those leaves the threat as the lists read it without the denial.
         */
        boolean denied(WordList.Hit hit) {
            if (hit.from() < 0) {
                return false;
            }
            List<FoldedText.Word> words = text.words();
            int i = hit.from() - 1;
            int modals = 0;
            while (joined(i) && !is("denial", i) && BRIDGE.contains(words.get(i).folded())) {
                modals += MODALS.contains(words.get(i).folded()) ? 1 : 0;
                i--;
            }
            if (!joined(i) || !is("denial", i) || modals > 1) {
                return false;
            }
            while (i > 0 && is("denial", i - 1) && !words.get(i).sentenceStart()) {
                i--; // the start of "no one", "no-one"
            }
            for (int j = i - 1; joined(j); j--) {
                if (is("denial", j)) {
                    return false;
                }
            }
            if (joined(i - 1) && AND.contains(words.get(i - 1).folded())) {
                return false;
            }
            return !bargained && lastAfterwards < hit.to() && !asked(hit.to());
        }

        /** Whether the sentence that goes on at word {@code at} ends with a question mark. */
        private boolean asked(int at) {
            List<FoldedText.Word> words = text.words();
            int next = at;
            while (next < words.size() && !words.get(next).sentenceStart()) {
                next++;
            }
            int from = words.get(next - 1).end();
            int to = next < words.size() ? words.get(next).start() : text.text().length();
            return text.text().substring(from, to).indexOf('?') >= 0;
        }

        /**
         * What the language models are not to read: the sentences in which the writer denies harm in
         * their own words ("nobody is going to hurt you"), and the phrases that harm nobody ("before
         * somebody gets killed", "killing it"), unless the comment also watches someone, knows their
         * day, or sets a time or a condition ("Back off before somebody gets hurt"). The models read
         * the harm in both and not what makes it harmless, which the word lists know.
         */
        List<FoldedText.Span> leftOutOfReading(List<WordList.Hit> hits) {
            List<FoldedText.Span> left = new ArrayList<>();
            for (WordList.Hit hit : hits) {
                if (!hit.quoted() && harmDenied(hit)) {
                    left.add(text.sentenceOf(hit.from()));
                }
            }
            if (!intimidating) {
                for (WordList.Hit phrase : harmlessPhrases) {
                    if (!phrase.quoted()) {
                        left.add(new FoldedText.Span(text.words().get(phrase.from()).start(),
                                text.words().get(phrase.to() - 1).end()));
                    }
                }
            }
            return left;
        }

        /** A listed threat or call that opens with a violent word ("hurt you"), and that word denied. */
        boolean harmDenied(WordList.Hit hit) {
            int first = hit.from();
            boolean violent = first >= 0
                    && (is("harm", first) || is("harm-strong", first) || is("harm-reported", first));
            return violent && denied(hit);
        }

        /** "We'll bury your lot on Saturday" said of a match or an election: a figure of speech. */
        boolean sporting(WordList.Hit hit) {
            if (hit.from() < 0 || !within("sporting", hit)) {
                return false;
            }
            int start = hit.from();
            while (start > 0 && !text.words().get(start).sentenceStart()) {
                start--;
            }
            boolean[] contest = marks.get("contest");
            for (int i = start; i < start + sentenceLength[start]; i++) {
                if (contest[i]) {
                    return true;
                }
            }
            return false;
        }

        boolean passive(WordList.Hit hit) {
            return before("passive", hit.from(), PASSIVE_BEFORE);
        }

        boolean receivedByYou(WordList.Hit hit) {
            return after("you", hit.to(), RECEIVER_AFTER) || within("you", hit);
        }

        boolean received(WordList.Hit hit) {
            return after("objects", hit.to(), RECEIVER_AFTER) || within("objects", hit);
        }

        boolean receivedBefore(WordList.Hit hit) {
            return before("objects", hit.from(), 3);
        }

        boolean reported(WordList.Hit hit) {
            if (hit.from() < 0) {
                return false;
            }
            List<FoldedText.Word> words = text.words();
            int said = lastBefore("reported", hit.from(), REPORTED_BEFORE);
            if (said >= 0 && NAMING.contains(words.get(said).folded())) {
                // "called you a moron" reports what the reader was called; "got called out, you idiot" and
                // "you so-called idiot" call the reader a name.
                boolean soCalled = said > 0 && words.get(said - 1).folded().equals("so");
                return !soCalled && (!addressed(hit) || is("you", said + 1));
            }
            if (said >= 0) {
                return true;
            }
            // "called the council leader a moron": the one named stands between, and is not the reader.
            if (addressed(hit)) {
                return false;
            }
            for (int i = hit.from() - 1; i >= 0 && i >= hit.from() - NAMED_BEFORE && !words.get(i + 1).sentenceStart(); i--) {
                if (is("copula", i)) {
                    return false;
                }
                if (NAMING.contains(words.get(i).folded()) && !(i > 0 && words.get(i - 1).folded().equals("so"))
                        && (NAMED.contains(words.get(i + 1).folded()) || is("people", i + 1) || isName(i + 1))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Quotation marks used to sneer rather than to quote: "you are a 'genius'" is aimed at the
         * reader whatever the marks say.
         */
        boolean scareQuoted(WordList.Hit hit) {
            if (hit.from() < 0) {
                return false;
            }
            int first = hit.from();
            while (first > 0 && text.words().get(first - 1).quoted() && !text.words().get(first).sentenceStart()) {
                first--;
            }
            return before("you", first, 3);
        }

        private boolean within(String section, WordList.Hit hit) {
            boolean[] mark = marks.get(section);
            for (int i = hit.from(); i < hit.to(); i++) {
                if (mark[i]) {
                    return true;
                }
            }
            return false;
        }

        private boolean is(String section, int at) {
            return at >= 0 && at < text.words().size() && marks.get(section)[at];
        }

        /**
         * The insult, capitalised, names a place or a club with the capitalised word after it that
         * says which ("Pillock Lane floods", "the Muppet Arms"). Titles of films and bands ("we
         * watched The Idiot") are not read as names: a troll can capitalise "The Idiot" too.
         */
        boolean placeName(WordList.Hit hit) {
            return hit.from() >= 0 && titleCase(hit.from()) && joined(hit.to() - 1) && is("places", hit.to())
                    && titleCase(hit.to());
        }

        /** The word at {@code at} is written with a capital and then small letters: "Lane", not "LANE". */
        private boolean titleCase(int at) {
            FoldedText.Word word = text.words().get(at);
            String t = text.text();
            return word.end() - word.start() > 1 && Character.isUpperCase(t.charAt(word.start()))
                    && Character.isLowerCase(t.charAt(word.start() + 1));
        }

        /** A capitalised word inside a sentence: most likely somebody's name. */
        private boolean isName(int at) {
            if (at < 0) {
                return false;
            }
            FoldedText.Word word = text.words().get(at);
            return !word.sentenceStart() && Character.isUpperCase(text.text().charAt(word.start()));
        }

        private boolean before(String section, int from, int span) {
            return lastBefore(section, from, span) >= 0;
        }

        private int lastBefore(String section, int from, int span) {
            boolean[] mark = marks.get(section);
            List<FoldedText.Word> words = text.words();
            for (int i = from - 1; i >= 0 && i >= from - span; i--) {
                if (words.get(i + 1).sentenceStart()) {
                    return -1;
                }
                if (mark[i]) {
                    return i;
                }
            }
            return -1;
        }

        private boolean after(String section, int to, int span) {
            boolean[] mark = marks.get(section);
            List<FoldedText.Word> words = text.words();
            for (int i = to; i < words.size() && i < to + span; i++) {
                if (words.get(i).sentenceStart()) {
                    return false;
                }
                if (mark[i]) {
                    return true;
                }
            }
            return false;
        }
    }
}
