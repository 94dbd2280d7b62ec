package org.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.factdesk.source.BlockKind;
import org.junit.jupiter.api.Test;

class ClaimExtractorTest {

    static ClaimCandidate score(String sentence) {
        return ClaimExtractor.score(sentence, new Span(0, sentence.length()), BlockKind.PARAGRAPH,
                DateResolver.Context.of(sentence, LocalDate.of(2026, 3, 4)));
    }

    @Test
    void times_and_dates_make_a_timeline_claim() {
        var claim = score("The collapse happened at about 6:40 p.m. on 3 March, as commuters crossed the bridge.");
        assertThat(claim.signals()).extracting(Signal::label).contains("time: 6:40 p.m.", "date: 3 Mar 2026");
        assertThat(claim.score()).isGreaterThanOrEqualTo(ClaimExtractor.THRESHOLD);
    }

    @Test
    void a_named_denial_is_worth_checking() {
        var claim = score("Mayor Holloran's office denied that any such recommendation was made.");
        assertThat(claim.facts().claimant()).isEqualTo("Mayor Holloran's office");
        assertThat(claim.score()).isGreaterThanOrEqualTo(ClaimExtractor.THRESHOLD);
    }

    @Test
    void questions_anecdotes_and_fragments_are_not() {
        assertThat(score("Do you remember the bridge before it was painted?").score()).isLessThan(ClaimExtractor.THRESHOLD);
        assertThat(score("I walked over the bridge every morning with my dog.").score()).isLessThan(ClaimExtractor.THRESHOLD);
        assertThat(score("Direction Location").score()).isLessThan(ClaimExtractor.THRESHOLD);
        assertThat(score("Council Votes To Close Two More Footbridges").score()).isLessThan(ClaimExtractor.THRESHOLD);
    }

    @Test
    void the_signals_say_why_a_claim_was_picked() {
        var claim = score("On 24 January, 21 soldiers were killed in an explosion, the army said.");
        assertThat(claim.signals()).extracting(Signal::label)
                .contains("figure: 21 soldiers", "date: 24 Jan 2026", "casualties: killed", "attribution: the army");
    }
}
