package org.masthead.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class Slugs_Test {

    @Test
    void titles_becomeLowerCaseAsciiWords() {
        assertThat(Slugs.of("Café owners’ plan: 40 new seats — maybe!")).isEqualTo("cafe-owners-plan-40-new-seats-maybe");
    }

    @Test
    void nothingUsable_becomesUntitled() {
        assertThat(Slugs.of("—!?")).isEqualTo("untitled");
    }

    @Test
    void longTitles_areCutAtAWordBoundary() {
        String slug = Slugs.of("word ".repeat(60));
        assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
        assertThat(slug).doesNotEndWith("-").matches("(word-)*word");
    }

    @Test
    void validity_isStrict() {
        assertThat(Slugs.isValid("harbour-wall")).isTrue();
        assertThat(Slugs.isValid("Harbour")).isFalse();
        assertThat(Slugs.isValid("a--b")).isFalse();
        assertThat(Slugs.isValid("../etc")).isFalse();
        assertThat(Slugs.isValid("")).isFalse();
    }

    @Test
    void everyScript_keepsItsOwnLetters() {
        assertThat(Slugs.of("Нови мост преко Дунава")).isEqualTo("нови-мост-преко-дунава");
        assertThat(Slugs.of("Νέα γέφυρα στο λιμάνι")).isEqualTo("νέα-γέφυρα-στο-λιμάνι");
        assertThat(Slugs.of("港に新しい橋、来春開通")).isEqualTo("港に新しい橋-来春開通");
        assertThat(Slugs.of("جسر جديد في الميناء")).isEqualTo("جسر-جديد-في-الميناء");
        assertThat(Slugs.of("Новый мост: йод и ёж")).as("й and ё are letters, not accented ones")
                .isEqualTo("новый-мост-йод-и-ёж");
        assertThat(Slugs.of("がぎぐげご")).as("kana keep their voicing marks").isEqualTo("がぎぐげご");
    }

    @Test
    void lettersInDisguise_becomePlainLetters_andNoTitleGivesAnInvalidAddress() {
        assertThat(Slugs.of("𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠 ｎｅｗｓ")).isEqualTo("breaking-news");
        assertThat(Slugs.of("ℝ and ϒ for ﬁsh")).isEqualTo("r-and-υ-for-fish");
        for (String title : List.of("ℌ𝔢𝔩𝔩𝔬", "Ⅻ roads", "İstanbul", "ΣΟΦΊΑ", "½ price", "\u202Eevil\u202C name")) {
            assertThat(Slugs.isValid(Slugs.of(title))).as(title + " gives " + Slugs.of(title)).isTrue();
        }
    }

    @Test
    void latinAccents_areDroppedAsReadersTypeThem() {
        assertThat(Slugs.of("Crème brûlée à São Tomé")).isEqualTo("creme-brulee-a-sao-tome");
        assertThat(Slugs.of("Straße über Ölfeld")).isEqualTo("straße-uber-olfeld");
    }

    @Test
    void everyScriptsSlug_isValid_andDistinctNamesStayDistinct() {
        List<String> slugs = List.of("Београд", "Αθήνα", "東京", "القاهرة", "Lagos").stream().map(Slugs::of).toList();
        assertThat(slugs).allSatisfy(slug -> assertThat(Slugs.isValid(slug)).as(slug).isTrue())
                .doesNotHaveDuplicates().doesNotContain("untitled");
    }

    @Test
    void validity_refusesCapitalsInAnyScript_andUnnormalizedText() {
        assertThat(Slugs.isValid("београд")).isTrue();
        assertThat(Slugs.isValid("Београд")).isFalse();
        assertThat(Slugs.isValid("Αθήνα")).isFalse();
        assertThat(Slugs.isValid("e\u0301te")).as("decomposed é").isFalse();
        assertThat(Slugs.isValid("a/b")).isFalse();
        assertThat(Slugs.isValid("a b")).isFalse();
    }

    @Test
    void numbered_keepsTheLimit() {
        assertThat(Slugs.numbered("harbour", 2)).isEqualTo("harbour-2");
        String longest = "w".repeat(Slugs.MAX_LENGTH);
        assertThat(Slugs.numbered(longest, 12)).hasSize(Slugs.MAX_LENGTH).endsWith("-12");
    }
}
