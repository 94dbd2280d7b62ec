package org.factdesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextDifferenceTest {

    @Test
    void a_changed_figure_reads_as_old_and_new_figure() {
        assertThat(TextDifference.of("At least 23 people were hurt.", "At least 20 people were hurt.")).isEqualTo("23 → 20");
    }

    @Test
    void added_and_removed_words_and_a_vanished_text_are_named() {
        assertThat(TextDifference.of("Police said two died.", "Police said two drivers died.")).isEqualTo("(nothing) → drivers");
        assertThat(TextDifference.of("Police said two died.", null)).isEqualTo("the text is no longer in the source");
        assertThat(TextDifference.of("Same words.", "Same  words.")).isEqualTo("spacing or punctuation only");
    }
}
