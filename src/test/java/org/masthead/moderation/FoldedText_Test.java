package org.masthead.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a comment says in its writer's own words, which is what the language model reads. */
class FoldedText_Test {

    @Test
    void theWritersOwnWords_leaveOutWhatTheyQuote_inAnyQuotationMarks() {
        assertThat(FoldedText.of("Whoever wrote 'we know where you live' should be prosecuted.").unquoted())
                .isEqualTo("Whoever wrote  should be prosecuted.");
        assertThat(FoldedText.of("Он написал «мы знаем, где ты живёшь» и ушёл.").unquoted()).isEqualTo("Он написал  и ушёл.");
        assertThat(FoldedText.of("“Nothing quoted here” is all of it").unquoted()).isEqualTo(" is all of it");
        assertThat(FoldedText.of("No quotation at all, just an apostrophe's worth.").unquoted())
                .isEqualTo("No quotation at all, just an apostrophe's worth.");
        assertThat(FoldedText.of("").unquoted()).isEmpty();
    }
}
