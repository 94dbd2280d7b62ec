package org.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.factdesk.source.BlockKind;
import org.factdesk.source.TextStructure;
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

    static List<String> labels(String sentence) {
        return score(sentence).signals().stream().map(Signal::label).toList();
    }

    static List<String> claims(String text) {
        return ClaimExtractor.extract(text, TextStructure.blocks(text), LocalDate.of(2026, 3, 4)).stream()
                .filter(c -> c.score() >= ClaimExtractor.THRESHOLD).map(c -> c.span().of(text)).toList();
    }

    @Test
    void an_infobox_line_that_only_lists_units_or_icons_is_not_a_claim() {
        String text = """
                = Battle of Vell Ridge =

                Infobox military conflict
                - Date: 3 – 9 May 1944
                - Units1: , * , ** 20px 4th Mountain Division, *** 20px 12th Rifle Brigade, ** 20px Orlen Guards
                - Units2: Northern Army, * Kessen Brigade, ** 3rd Battalion, * , * Vell Militia
                - Combatant1: Orlen Republic | Northern Army | Vell Militia (VM)
                - Casualties1: 212 killed, 40 tanks destroyed

                The battle of Vell Ridge was fought between Orlen and the Northern Army in May 1944.
                """;
        assertThat(claims(text)).contains("Casualties1: 212 killed, 40 tanks destroyed")
                .noneMatch(c -> c.startsWith("Units") || c.startsWith("Combatant"));
    }

    @Test
    void at_least_at_most_and_last_week_are_not_comparisons() {
        assertThat(labels("At least 30 homes were flooded and at most a dozen were spared.")).noneMatch(
                l -> l.startsWith("comparison"));
        assertThat(labels("Most of the town lost power when the substation flooded.")).noneMatch(
                l -> l.startsWith("comparison"));
        assertThat(labels("The ferry was inspected last week, officials said.")).noneMatch(
                l -> l.startsWith("comparison"));
        assertThat(labels("It was the most powerful storm to hit the coast in decades.")).contains("comparison: most");
    }

    @Test
    void no_record_is_not_a_record() {
        assertThat(labels("The port authority said it had no record of an inspection of the ferry."))
                .noneMatch(l -> l.startsWith("comparison"));
        assertThat(labels("Court records show the firm was fined twice.")).noneMatch(l -> l.startsWith("comparison"));
        assertThat(labels("Rainfall in Kelby reached a record high on Sunday.")).contains("comparison: record");
    }

    @Test
    void the_month_of_may_is_not_speculation() {
        assertThat(labels("The dam passed its last inspection in May 2024.")).doesNotContain("speculative wording");
        assertThat(labels("The dam may have been weakened by the floods.")).contains("speculative wording");
    }

    @Test
    void a_word_in_capitals_is_not_a_name_but_an_acronym_is() {
        var names = score("Inspectors say the dam FAILED a safety check in 2023, and NATO engineers agreed.").facts()
                .entities().stream().map(Entity::name).toList();
        assertThat(names).contains("NATO").doesNotContain("FAILED");
    }

    @Test
    void a_possessive_ends_a_name() {
        var names = score("Sunday's Corran Bridge closure angered Mayor Ida Fenn's allies in Velmora.").facts()
                .entities().stream().map(Entity::name).toList();
        assertThat(names).containsExactly("Corran Bridge", "Mayor Ida Fenn", "Velmora");
    }

    @Test
    void a_connective_before_a_speaker_is_not_part_of_the_claimant() {
        assertThat(score("But Velmora said the border crossing would stay closed.").facts().claimant())
                .isEqualTo("Velmora");
        assertThat(score("Meanwhile Orlen Rail denied that the line had been inspected late.").facts().claimant())
                .isEqualTo("Orlen Rail");
        assertThat(score("The Orlen army said two soldiers were missing.").facts().claimant())
                .isEqualTo("The Orlen army");
    }
}
