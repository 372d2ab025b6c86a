package org.masthead.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The language model's second reading: what it catches, what it lets pass, and when it is asked at all. */
class MenaceModel_Test {

    static final String VEILED = "Accidents have a way of finding people like you.";
    /** A threat the word lists find part of the way (0.62): held at the default figure, not at 0.7. */
    static final String HALF_SETTLED = "You'll regret writing this, mark my words.";

    final AtomicInteger asked = new AtomicInteger();
    /** What the model was given to read. */
    final List<String> read = new CopyOnWriteArrayList<>();
    final MenaceModel.Embedder models = MenaceModel.Sentences.ALL;
    final MenaceModel counted = MenaceModel.read(getClass().getClassLoader(), text -> {
        read.add(text);
        return models.embed(text);
    });
    final Lexicon lexicon = Lexicon.read(LocalScorer.RESOURCES);

    private ContentCheck check(MenaceModel model) {
        return new ContentCheck(ContentPolicy.defaults(new LocalScorer(lexicon, model)));
    }

    @Test
    void aThreatNoWordListNames_isHeld_andTheModeratorSeesTheClosestKnownThreat() {
        assertThat(check(null).check(VEILED).outcome()).isEqualTo(ContentCheck.Outcome.PASS);

        ContentCheck.Finding finding = check(counted).check(VEILED);

        assertThat(finding.outcome()).isEqualTo(ContentCheck.Outcome.HOLD);
        assertThat(finding.rule()).isEqualTo("toxicity");
        Evidence reading = finding.evidence().stream().filter(e -> e.feature().startsWith("reads like a threat")).findFirst()
                .orElseThrow();
        assertThat(reading.feature()).matches("reads like a threat \\(language models, \\d\\.\\d\\d; closest known threat: “.+”\\)")
                .containsIgnoringCase("accident");
        assertThat(reading.weight()).isGreaterThan(0.2);
        // The writer, warned before posting, is told which of their own words counted, never a stored threat.
        String closest = reading.feature().substring(reading.feature().indexOf('“'));
        assertThat(finding.reason()).doesNotContain(closest).contains("it sounds like a threat").contains("people like you");
    }

    /**
     * The model reads English only: with a glance that takes every comment for a threat, comments
     * in other languages are still left to the word lists, and an English one of the same length
     * is read.
     */
    @Test
    void commentsInOtherLanguages_areNeverRead_whateverTheirGlance() {
        MenaceModel everythingGlances = new MenaceModel(text -> {
            read.add(text);
            return models.embed(text);
        }, java.util.Collections.nCopies(MenaceModel.Sentences.MODELS.size(), new MenaceModel.Sense(
                new MenaceModel.Line(0, new double[MenaceModel.DIMENSIONS]), new Neighbours(0, 1, List.of()))),
                new MenaceModel.Glance(java.util.Map.of(WordPieces.UNKNOWN, 9f)));
        ContentCheck check = check(everythingGlances);
        for (String foreign : List.of("Danke für den Bericht. Wann fährt der Bus wieder nach Fahrplan?",
                "Sabemos onde mora a sua filha, no caminho do colégio.",
                "Merci pour cet article, on attend la suite avec impatience.",
                "No estoy de acuerdo con el autor, pero el artículo está bien escrito y documentado.")) {
            assertThat(everythingGlances.glance(foreign)).as(foreign).isGreaterThan(SecondReading.GLANCE_FROM);
            // Left unsettled by the word lists, so that only its language keeps it from the model.
            assertThat(check.check(foreign).outcome()).as(foreign).isEqualTo(ContentCheck.Outcome.PASS);
        }
        assertThat(read).as("no comment in another language was read").isEmpty();
        check.check("I do not agree with the author, but the article is well written and researched.");
        assertThat(read).hasSize(1);
    }

    @Test
    void aReadingThatFails_leavesTheWordListsToDecide() {
        MenaceModel failing = MenaceModel.read(getClass().getClassLoader(), text -> {
            asked.incrementAndGet();
            throw new IllegalStateException("the session was closed");
        });
        assertThat(check(failing).check(VEILED).outcome()).isEqualTo(ContentCheck.Outcome.PASS);
        assertThat(asked).as("the model was asked, and failed").hasValue(1);
        assertThat(check(failing).check("You are an idiot.").outcome()).isEqualTo(ContentCheck.Outcome.HOLD);
    }

    @Test
    void aThreatSaidOfSomeoneElse_inWordsNoListKnows_isHeldToo() {
        String threat = "It would be a shame if that reporter's house caught fire one night.";
        assertThat(check(null).check(threat).outcome()).isEqualTo(ContentCheck.Outcome.PASS);

        assertThat(check(counted).check(threat).outcome()).isEqualTo(ContentCheck.Outcome.HOLD);
        assertThat(read).hasSize(1);
    }

    /**
     * A threat the word lists find part of the way (a condition and its consequence, with no harm
     * named) earns the model's reading though its glance alone would not: two weak signals that agree.
     * (Where bge-small alone read it, this test's threat was "Print my son's name in the business
     * pages again, editor, and you'll be the one in the obituaries next."; the two models together
     * read that at 0.73, which with the word lists' 0.35 still falls short of holding, and it passes.
     * The threat below read "these planning stories" until a refit of the glance had it glance at
     * 0.50, where no support is needed.)
     */
    @Test
    void aCommentTheWordListsDoubt_isReadFromALowerGlance() {
        String threat = "Carry on with the planning stories and you will learn what happens to nosy reporters round here.";
        assertThat(new LocalScorer(lexicon, null).score(threat).abuse()).as("the word lists' doubt")
                .isBetween(SecondReading.SUPPORTED, 0.5);
        assertThat(counted.glance(threat)).as("no threat at a glance")
                .isBetween(SecondReading.SUPPORTED_GLANCE_FROM, SecondReading.GLANCE_FROM);

        assertThat(check(counted).check(threat).outcome()).isEqualTo(ContentCheck.Outcome.HOLD);
        assertThat(read).containsExactly(threat);

        String undoubted = "Your column on the bus lanes was spot on, and the mayor should read it twice.";
        assertThat(counted.glance(undoubted)).isBetween(SecondReading.SUPPORTED_GLANCE_FROM, SecondReading.GLANCE_FROM);
        assertThat(check(counted).check(undoubted).outcome()).isEqualTo(ContentCheck.Outcome.PASS);
        assertThat(read).as("where the lists found nothing, the same glance is not read").containsExactly(threat);
    }

    @Test
    void everydayWordsOfHomeFamilyAndTime_pass() {
        ContentCheck check = check(counted);
        String kind = "I hope you have a lovely evening with your family.";
        assertThat(counted.glance(kind)).as("you, an evening, a family: the glance cannot tell").isGreaterThanOrEqualTo(SecondReading.GLANCE_FROM);
        assertThat(check.check(kind).outcome()).isEqualTo(ContentCheck.Outcome.PASS);
        assertThat(read).as("so the model read it, and let it pass").hasSize(1);
        for (String civil : new String[] {
                "We will see you at the meeting on Thursday, councillor, bring the figures.",
                "If you're walking home late, the lights on the bridge are fixed at last.",
                "My daughter walks home past the school every evening and the street lights have been out for weeks.",
                "Accidents on the bypass have doubled since the speed cameras went; my son saw two this month."}) {
            assertThat(check.check(civil).outcome()).as(civil).isEqualTo(ContentCheck.Outcome.PASS);
        }
        assertThat(read).as("those the glance saw as civil, and the model never read them").hasSize(1);
    }

    @Test
    void onlyUnsettledCommentsThatGlanceLikeThreats_inEnglish_areRead() {
        ContentCheck check = check(counted);
        check.check("The budget vote is on the agenda again, and the library plan is still a poor one.");
        assertThat(read).as("nothing of a threat at a glance").isEmpty();
        check.check("You are an idiot and a coward, and I will break your legs.");
        assertThat(read).as("a comment the word lists already hold").isEmpty();

        check.check(VEILED);
        assertThat(read).hasSize(1);
        String lengthy = "Accidents have a way of finding people like you. " + "Nothing more to say about that. ".repeat(12);
        assertThat(counted.glance(lengthy)).isGreaterThanOrEqualTo(SecondReading.GLANCE_FROM);
        check.check(lengthy);
        assertThat(read).as("longer than the model reads quickly").hasSize(1);
        assertThat(counted.glance("You will regret this.")).isGreaterThanOrEqualTo(SecondReading.GLANCE_FROM);
        check.check("You will regret this.");
        assertThat(check.check("Decide about me once.").outcome()).isEqualTo(ContentCheck.Outcome.PASS);
        assertThat(read).as("too short for the model").hasSize(1);

        assertThat(SecondReading.mostlyLatin("Мы знаем, где живёт твоя дочь.")).isFalse();
        assertThat(SecondReading.mostlyLatin("Ο γιος σου γυρίζει σπίτι κάθε βράδυ.")).isFalse();
        assertThat(SecondReading.mostlyLatin("你的女儿每天晚上走路回家。")).isFalse();
        assertThat(SecondReading.mostlyLatin("Café crème, señor, à bientôt.")).isTrue();
        assertThat(SecondReading.mostlyLatin("12:30 !!!")).isFalse();
    }

    @Test
    void aNewsroomThatHoldsFromAHigherFigure_stillHasTheModelRead_whereItsReadingCouldHold() {
        assertThat(new LocalScorer(lexicon, null).score(HALF_SETTLED).abuse()).as("the word lists' figure").isBetween(0.6, 0.7);
        assertThat(check(counted).check(HALF_SETTLED).outcome()).isEqualTo(ContentCheck.Outcome.HOLD);
        assertThat(read).as("held at the default figure by the lists alone").isEmpty();

        ContentPolicy lists = ContentPolicy.defaults(new LocalScorer(lexicon, null));
        assertThat(new ContentCheck(holdingFrom(lists, 0.7)).check(HALF_SETTLED).outcome()).isEqualTo(ContentCheck.Outcome.PASS);
        ContentPolicy withModel = ContentPolicy.defaults(new LocalScorer(lexicon, counted));
        assertThat(new ContentCheck(holdingFrom(withModel, 0.7)).check(HALF_SETTLED).outcome())
                .as("below 0.7 the lists have not settled it, and the model's reading tips it").isEqualTo(ContentCheck.Outcome.HOLD);
        assertThat(read).hasSize(1);

        assertThat(new ContentCheck(holdingFrom(withModel, 1.0)).check(VEILED).outcome()).isEqualTo(ContentCheck.Outcome.PASS);
        assertThat(new ContentCheck(holdingFrom(withModel, Double.POSITIVE_INFINITY)).check(VEILED).outcome())
                .isEqualTo(ContentCheck.Outcome.PASS);
        assertThat(read).as("where no reading could hold it (nothing short of certainty, or the scorer off), none is asked")
                .hasSize(1);
    }

    /**
     * The models read the harm and not its denial, so they do not read the sentences where the word
     * lists read harm denied; they read the rest of the comment, which may threaten all the same.
     */
    @Test
    void harmTheWriterDenies_isNotReadAsAThreat_butWhatFollowsIs() {
        String reassuring = "Don't worry, nobody is going to hurt you.";
        assertThat(counted.glance(reassuring)).as("it glances like a threat").isGreaterThanOrEqualTo(SecondReading.GLANCE_FROM);
        double holdsAlone = SecondReading.MODEL_FROM
                + (1 - SecondReading.MODEL_FROM) * ContentPolicy.DEFAULT_ABUSE_THRESHOLD / SecondReading.MODEL_MOST;
        assertThat(counted.read(reassuring).threat()).as("and read alone, would be held as one").isGreaterThan(holdsAlone);
        read.clear();

        assertThat(check(counted).check(reassuring).outcome()).isEqualTo(ContentCheck.Outcome.PASS);
        assertThat(read).as("harm denied is left to the word lists").isEmpty();

        String reassuringFirst = reassuring + " " + VEILED;
        assertThat(check(counted).check(reassuringFirst).outcome()).isEqualTo(ContentCheck.Outcome.HOLD);
        assertThat(read).as("the rest of the comment").containsExactly(VEILED);
    }

    /**
     * A phrase the word lists know to harm nobody is left out of what the models read, as harm
     * denied is, unless something else in the comment intimidates: a condition keeps it in.
     */
    @Test
    void harmlessPhrases_areLeftOutOfTheReading_unlessTheCommentIntimidates() {
        check(counted).check("Put a barrier on that bend before somebody gets killed.");
        check(counted).check("Who signs off this bend? Put a barrier up before somebody gets killed.");
        assertThat(read).hasSize(2).allSatisfy(text -> assertThat(text).contains("barrier").doesNotContain("killed"));
        read.clear();

        check(counted).check("Keep digging into the quarry, reporter, before somebody gets killed.");
        assertThat(read).singleElement().asString().contains("before somebody gets killed");
    }

    @Test
    void whatACommentQuotes_isNotReadAsItsOwnThreat() {
        String condemning = "Whoever wrote 'we know where you live' to the reporter should be prosecuted.";
        assertThat(check(counted).check(condemning).outcome()).isEqualTo(ContentCheck.Outcome.PASS);
        assertThat(read).as("the writer's own words").containsExactly("Whoever wrote  to the reporter should be prosecuted.");
    }

    private static ContentPolicy holdingFrom(ContentPolicy policy, double figure) {
        return new ContentPolicy(policy.banned(), policy.suspect(), policy.mostLinks(), figure, policy.spamThreshold(),
                policy.scorer());
    }

    @Test
    void aModelThatCannotRun_leavesTheWordListsToDecide() {
        assertThat(MenaceModel.load(() -> {
            throw new UnsatisfiedLinkError("no libonnxruntime.so for this processor");
        })).isNull();
        assertThat(MenaceModel.load(() -> text -> {
            throw new IllegalStateException("the tokenizer's folder is not writable");
        })).isNull();
        assertThat(new LocalScorer(lexicon, null).score(VEILED).abuse()).isLessThan(ContentPolicy.DEFAULT_ABUSE_THRESHOLD);
    }
}
