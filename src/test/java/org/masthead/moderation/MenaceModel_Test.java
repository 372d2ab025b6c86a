package org.masthead.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The language model's second reading: what it catches, what it lets pass, and when it is asked at all. */
class MenaceModel_Test {

    static final String VEILED = "Accidents have a way of finding people like you.";

    final AtomicInteger reads = new AtomicInteger();
    final MenaceModel.Embedder miniLm = new MenaceModel.MiniLm();
    final MenaceModel counted = MenaceModel.read(getClass().getClassLoader(), text -> {
        reads.incrementAndGet();
        return miniLm.embed(text);
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
        assertThat(reading.feature()).matches("reads like a threat \\(language model, \\d\\.\\d\\d; closest known threat: “.+”\\)")
                .containsIgnoringCase("accident");
        assertThat(reading.weight()).isGreaterThan(0.2);
        // The writer, warned before posting, is told which of their own words counted, never a stored threat.
        String closest = reading.feature().substring(reading.feature().indexOf('“'));
        assertThat(finding.reason()).doesNotContain(closest).contains("people like you");
    }

    @Test
    void aReadingThatFails_leavesTheWordListsToDecide() {
        MenaceModel failing = MenaceModel.read(getClass().getClassLoader(), text -> {
            throw new IllegalStateException("the session was closed");
        });
        assertThat(check(failing).check(VEILED).outcome()).isEqualTo(ContentCheck.Outcome.PASS);
        assertThat(check(failing).check("You are an idiot.").outcome()).isEqualTo(ContentCheck.Outcome.HOLD);
    }

    @Test
    void aThreatSaidOfSomeoneElse_inWordsNoListKnows_isHeldToo() {
        String threat = "It would be a shame if that reporter's house caught fire one night.";
        assertThat(check(null).check(threat).outcome()).isEqualTo(ContentCheck.Outcome.PASS);

        assertThat(check(counted).check(threat).outcome()).isEqualTo(ContentCheck.Outcome.HOLD);
        assertThat(reads.get()).isEqualTo(1);
    }

    @Test
    void everydayWordsOfHomeFamilyAndTime_pass() {
        ContentCheck check = check(counted);
        String proud = "Your son was brilliant in the school play tonight, you must be so proud of him.";
        assertThat(counted.glance(proud)).as("a son, tonight and you: the glance cannot tell").isGreaterThanOrEqualTo(LocalScorer.GLANCE_FROM);
        assertThat(check.check(proud).outcome()).isEqualTo(ContentCheck.Outcome.PASS);
        assertThat(reads.get()).as("so the model read it, and let it pass").isEqualTo(1);
        for (String civil : new String[] {
                "We will see you at the meeting on Thursday, councillor, bring the figures.",
                "If you're walking home late, the lights on the bridge are fixed at last.",
                "My daughter walks home past the school every evening and the street lights have been out for weeks.",
                "Accidents on the bypass have doubled since the speed cameras went; my son saw two this month."}) {
            assertThat(check.check(civil).outcome()).as(civil).isEqualTo(ContentCheck.Outcome.PASS);
        }
        assertThat(reads.get()).as("those the glance saw as civil, and the model never read them").isEqualTo(1);
    }

    @Test
    void onlyUnsettledCommentsThatGlanceLikeThreats_inLatinScript_areRead() {
        ContentCheck check = check(counted);
        check.check("The budget vote is on the agenda again, and the library plan is still a poor one.");
        assertThat(reads.get()).as("nothing of a threat at a glance").isZero();
        check.check("You are an idiot and a coward, and I will break your legs.");
        assertThat(reads.get()).as("a comment the word lists already hold").isZero();

        check.check(VEILED);
        assertThat(reads.get()).isEqualTo(1);
        check.check("Accidents have a way of finding people like you. " + "Nothing more to say about that. ".repeat(12));
        assertThat(reads.get()).as("longer than the model reads quickly").isEqualTo(1);
        check.check("Несчастные случаи находят таких, как ты.");
        assertThat(reads.get()).as("not in the model's script").isEqualTo(1);
        String terse = "Decide about me once.";
        assertThat(counted.glance(terse)).isGreaterThanOrEqualTo(LocalScorer.GLANCE_FROM);
        assertThat(check.check(terse).outcome()).isEqualTo(ContentCheck.Outcome.PASS);
        assertThat(reads.get()).as("too short for the model to read").isEqualTo(1);

        assertThat(LocalScorer.mostlyLatin("Мы знаем, где живёт твоя дочь.")).isFalse();
        assertThat(LocalScorer.mostlyLatin("Ο γιος σου γυρίζει σπίτι κάθε βράδυ.")).isFalse();
        assertThat(LocalScorer.mostlyLatin("你的女儿每天晚上走路回家。")).isFalse();
        assertThat(LocalScorer.mostlyLatin("Café crème, señor, à bientôt.")).isTrue();
        assertThat(LocalScorer.mostlyLatin("12:30 !!!")).isFalse();
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
