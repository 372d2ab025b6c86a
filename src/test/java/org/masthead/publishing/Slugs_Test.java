package org.masthead.publishing;

import static org.assertj.core.api.Assertions.assertThat;

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
}
