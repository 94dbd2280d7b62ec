package org.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnchoringTest {

    static final String V1 = "The bridge opened in 1987. Fourteen people were injured on Tuesday evening. "
            + "The mayor ordered a review.";
    static final String QUOTE = "Fourteen people were injured on Tuesday evening.";

    static Anchoring.Anchor reanchor(String newText) {
        Span old = new Span(V1.indexOf(QUOTE), V1.indexOf(QUOTE) + QUOTE.length());
        return Anchoring.reanchor(QUOTE, Anchoring.prefix(V1, old), Anchoring.suffix(V1, old), old, newText);
    }

    @Test
    void unchanged_text_keeps_the_exact_offsets() {
        var anchor = reanchor(V1);
        assertThat(anchor.state()).isEqualTo(AnchorState.EXACT);
        assertThat(anchor.span().of(V1)).isEqualTo(QUOTE);
    }

    @Test
    void an_edit_before_the_claim_moves_it() {
        String v2 = "UPDATED: " + V1.replace("in 1987", "in 1989 after delays");
        var anchor = reanchor(v2);
        assertThat(anchor.state()).isEqualTo(AnchorState.MOVED);
        assertThat(anchor.span().of(v2)).isEqualTo(QUOTE);
    }

    @Test
    void an_edit_after_the_claim_leaves_it_in_place() {
        String v2 = V1 + " Engineers will report in May.";
        assertThat(reanchor(v2).state()).isEqualTo(AnchorState.EXACT);
    }

    @Test
    void an_edit_inside_the_claim_is_a_fuzzy_match_for_an_editor_to_check() {
        String v2 = V1.replace("Fourteen people were injured", "Fifteen people were injured");
        var anchor = reanchor(v2);
        assertThat(anchor.state()).isEqualTo(AnchorState.FUZZY);
        assertThat(anchor.span().of(v2)).isEqualTo("Fifteen people were injured on Tuesday evening.");
    }

    @Test
    void a_deleted_sentence_orphans_the_claim() {
        String v2 = V1.replace(QUOTE + " ", "");
        assertThat(reanchor(v2).state()).isEqualTo(AnchorState.ORPHANED);
    }

    @Test
    void a_lookalike_sentence_is_not_taken_silently() {
        String v2 = "Report one: nine hurt. Fourteen people were injured on Tuesday evening, said a rumour. "
                + "Report two: nothing else.";
        var anchor = reanchor(v2.replace("Fourteen people were injured on Tuesday evening,", "Fourteen were hurt late,"));
        assertThat(anchor.state()).isEqualTo(AnchorState.ORPHANED);
    }

    @Test
    void of_two_identical_sentences_the_one_with_matching_context_wins() {
        String v2 = "Fourteen people were injured on Tuesday evening. Unrelated intro. "
                + V1.replace("The bridge opened", "The footbridge opened");
        var anchor = reanchor(v2);
        assertThat(anchor.span().start()).isEqualTo(v2.lastIndexOf(QUOTE));
        assertThat(anchor.state()).isEqualTo(AnchorState.MOVED);
    }
}
