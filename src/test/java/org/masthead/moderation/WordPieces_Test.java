package org.masthead.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The glance's splitting of words into the model's pieces. */
class WordPieces_Test {

    final WordPieces pieces = new WordPieces(Set.of("[UNK]", "un", "##for", "##get", "##table", "cafe", "you", ",", "!",
            "你", "好", "knife", "##s"));

    @Test
    void aWordTheVocabularyLacks_isSplitIntoTheLongestPiecesItHas() {
        assertThat(pieces.of("Unforgettable, YOU!")).containsExactly("un", "##for", "##get", "##table", ",", "you", "!");
        assertThat(pieces.of("knives knifes")).containsExactly("[UNK]", "knife", "##s");
    }

    @Test
    void accentsGo_chineseCharactersStandAlone_andControlsAreDropped() {
        assertThat(pieces.of("Café\u200B 你好")).containsExactly("cafe", "你", "好");
        assertThat(pieces.of("  \t\n ")).isEmpty();
        assertThat(pieces.of("knife" + "s".repeat(95))).as("a hundred letters").hasSize(96).startsWith("knife", "##s");
        assertThat(pieces.of("knife" + "s".repeat(96))).as("longer than any word").containsExactly("[UNK]");
    }

    /** Text in every script, and the odd characters readers type, split as the model's own tokenizer splits them. */
    @Test
    void everyScript_splitsAsTheModelsTokenizerDoes() {
        PieceMeanings.assertSplitsAsTheModelsTokenizer(List.of(
                "Ты пожалеешь об этом, журналист.", "Θα το μετανιώσεις, δημοσιογράφε.", "ستندم على هذا أيها الصحفي",
                "你会后悔的，记者。", "記者さん、後悔するよ。", "기자님, 후회할 거예요.", "Çà et là, Ærøskøbing — naïve résumé…",
                "tab\there, nbsp\u00A0there, zero\u200Bwidth, soft\u00ADhyphen, emoji 🔪🙂, \u0007bell, line\u2028separator, private\uE000use",
                "a" + "b".repeat(120), "“Quoted” ‘words’ «guillemets» – dash — dash", "https://example.org/x?y=1&z=2"));
    }
}
