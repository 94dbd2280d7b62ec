package org.factdesk.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.factdesk.claim.ClaimFacts;
import org.factdesk.claim.ClaimId;
import org.factdesk.source.DocumentId;
import org.junit.jupiter.api.Test;

/** Each rule on sentences written for it: made-up towns and people, nothing from the seeds. */
class LinkRulesTest {

    private static final LocalDate MARCH_4 = LocalDate.of(2026, 3, 4);
    private final AtomicLong ids = new AtomicLong();

    private ClaimProfile claim(String sentence, LocalDate documentDate) {
        long id = ids.incrementAndGet();
        return ClaimProfile.of(new ClaimId(id), new DocumentId(id), sentence, ClaimFacts.of(sentence, documentDate),
                "Outlet " + id, documentDate);
    }

    private LinkRules.Suggestion compare(String a, String b) {
        return LinkRules.compare(claim(a, MARCH_4), claim(b, MARCH_4)).orElseThrow(() -> new AssertionError("no link"));
    }

    @Test
    void figures_for_the_same_injured_people_that_cannot_both_be_true_conflict_and_say_so() {
        var s = compare("Eleven people were injured when the footbridge in Kestrel Bay collapsed on Tuesday, the council said.",
                "At least 14 people were injured in the collapse of the Kestrel Bay footbridge on Tuesday.");

        assertThat(s.relation()).isEqualTo(LinkRelation.CONFLICTS);
        assertThat(s.differences()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DifferenceKind.FIGURE);
            assertThat(d.thisSide()).contains("Eleven");
            assertThat(d.otherSide()).containsIgnoringCase("at least").contains("14").doesNotContainIgnoringCase("at least at least");
        });
        assertThat(s.reasons()).anyMatch(r -> r.startsWith("same counted thing: "))
                .anyMatch(r -> r.equals("shared names: Kestrel Bay"))
                .anyMatch(r -> r.equals("same day: 3 Mar 2026"));
    }

    @Test
    void an_over_figure_and_an_about_figure_that_overlap_corroborate() {
        var s = compare("More than 50 homes were destroyed by the flood in Elmsworth on Sunday.",
                "About 60 homes were destroyed in Elmsworth when the river burst its banks on Sunday.");

        assertThat(s.relation()).isEqualTo(LinkRelation.CORROBORATES);
        assertThat(s.differences()).isEmpty();
    }

    @Test
    void a_range_and_a_word_number_are_compared_as_intervals() {
        var inside = compare("Between 20 and 30 workers were hurt at the Brantford plant, officials said.",
                "Twenty-five workers were hurt at the Brantford plant.");
        var outside = compare("Between 20 and 30 workers were hurt at the Brantford plant, officials said.",
                "Forty workers were hurt at the Brantford plant.");

        assertThat(inside.relation()).isEqualTo(LinkRelation.CORROBORATES);
        assertThat(outside.relation()).isEqualTo(LinkRelation.CONFLICTS);
    }

    @Test
    void a_running_total_is_not_the_same_fact_as_one_days_toll() {
        var s = LinkRules.compare(
                claim("Since January 3, 212 people have been killed in Norhaven, the health office said.", MARCH_4),
                claim("Nine people were killed in Norhaven on Tuesday, the health office said.", MARCH_4));

        assertThat(s).hasValueSatisfying(x -> assertThat(x.relation()).isNotEqualTo(LinkRelation.CONFLICTS));
    }

    @Test
    void the_same_kind_of_figure_on_another_day_is_another_event_not_a_conflict() {
        var s = LinkRules.compare(
                claim("Three soldiers were killed in an ambush near Dunmore on 2 March 2026.", MARCH_4),
                claim("Five soldiers were killed in an ambush near Dunmore on 28 February 2026.", MARCH_4));

        assertThat(s.map(LinkRules.Suggestion::relation)).isNotIn(
                java.util.Optional.of(LinkRelation.CONFLICTS), java.util.Optional.of(LinkRelation.CORROBORATES));
    }

    @Test
    void the_same_event_told_with_another_day_conflicts_on_the_date() {
        var s = compare("Government troops entered the village of Marrow Hill on 2 March 2026, the army said.",
                "Government troops entered the village of Marrow Hill on 28 February 2026, residents said.");

        assertThat(s.relation()).isEqualTo(LinkRelation.CONFLICTS);
        assertThat(s.differences()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DifferenceKind.DATE);
            assertThat(d.thisSide()).isEqualTo("2 Mar 2026");
            assertThat(d.otherSide()).isEqualTo("28 Feb 2026");
        });
    }

    @Test
    void troops_said_to_be_inside_a_place_before_the_day_they_are_said_to_have_entered_it_conflict() {
        var entered = claim("Army units entered Marrow Hill on 6 March 2026, a spokesman said.", LocalDate.of(2026, 3, 8));
        var already = claim("Army units are already inside Marrow Hill, witnesses say.", LocalDate.of(2026, 3, 3));

        var s = LinkRules.compare(entered, already).orElseThrow();

        assertThat(s.relation()).isEqualTo(LinkRelation.CONFLICTS);
        assertThat(s.differences()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DifferenceKind.DATE);
            assertThat(d.thisSide()).isEqualTo("entered 6 Mar 2026");
            assertThat(d.otherSide()).isEqualTo("already there on 3 Mar 2026");
        });
    }

    @Test
    void forces_there_months_before_a_renewed_invasion_are_no_conflict_and_a_plural_is_no_other_name() {
        var renewed = claim("Army units entered Marrow Hill again on 20 July 2026, a spokesman said.", LocalDate.of(2026, 7, 21));
        var already = claim("Army units are already inside Marrow Hill, witnesses say.", LocalDate.of(2026, 3, 3));
        assertThat(LinkRules.compare(renewed, already).map(LinkRules.Suggestion::relation))
                .isNotEqualTo(java.util.Optional.of(LinkRelation.CONFLICTS));

        var s = LinkRules.compare(claim("Palestinians fled Dunmore on Friday, the council said.", MARCH_4),
                claim("Palestinian families fled Dunmore on Friday, the council said.", MARCH_4));
        assertThat(s).hasValueSatisfying(x -> assertThat(x.differences()).isEmpty());
    }

    @Test
    void a_toll_that_mentions_an_invasion_is_no_movement_to_set_against_a_presence() {
        var toll = claim("On 6 March 2026, 21 soldiers were killed in an explosion in Marrow Hill, the deadliest day since "
                + "the invasion began.", LocalDate.of(2026, 3, 8));
        var already = claim("Army units are already inside Marrow Hill, witnesses say.", LocalDate.of(2026, 3, 3));

        assertThat(LinkRules.compare(toll, already).map(LinkRules.Suggestion::relation))
                .isNotEqualTo(java.util.Optional.of(LinkRelation.CONFLICTS));
    }

    @Test
    void spelling_variants_of_a_place_are_one_name_and_a_different_person_is_a_difference() {
        assertThat(NameKeys.of("Khan Yunis")).isEqualTo(NameKeys.of("Khan Younis"));
        assertThat(NameKeys.of("al-Qarara")).isEqualTo(NameKeys.of("Al Qarara"));
        assertThat(NameKeys.of("Ellen Hart")).isNotEqualTo(NameKeys.of("Helen Hart"));

        var s = compare("Mayor Ellen Hart said the Greyford bridge would reopen on Friday.",
                "Mayor Helen Hart said the Greyford bridge would reopen on Friday.");

        assertThat(s.relation()).isEqualTo(LinkRelation.CONFLICTS);
        assertThat(s.differences()).extracting(Difference::kind).containsExactly(DifferenceKind.NAME);
    }

    @Test
    void the_same_fact_with_opposite_outcomes_conflicts_on_the_outcome() {
        var s = compare("The Greyford bridge reopened to traffic on Friday, the city council said.",
                "The Greyford bridge remained closed to traffic on Friday, the city council said.");

        assertThat(s.relation()).isEqualTo(LinkRelation.CONFLICTS);
        assertThat(s.differences()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DifferenceKind.OUTCOME);
            assertThat(d.thisSide()).isEqualTo("reopened");
            assertThat(d.otherSide()).isEqualTo("closed");
        });
    }

    @Test
    void copied_wire_text_is_a_duplicate() {
        var s = compare("The Port of Sellan reopened on Monday after a three-day strike by dock workers, the port authority said.",
                "The Port of Sellan reopened on Monday after a three-day strike by dock workers, the port authority said.");

        assertThat(s.relation()).isEqualTo(LinkRelation.DUPLICATE);
    }

    @Test
    void claims_that_share_nothing_are_not_linked() {
        assertThat(LinkRules.compare(claim("The Port of Sellan reopened on Monday after a strike.", MARCH_4),
                claim("Three people were hurt in a fire at the Dunmore school.", MARCH_4))).isEmpty();
    }

    @Test
    void a_paraphrase_with_few_shared_words_is_found_by_its_meaning() {
        var embeddings = new SentenceEmbeddings(new LinkSettings(null, null, true));
        String a = "The Dunmore mill was shut down by its owners on Friday, putting 300 people out of work.";
        String b = "On Friday the owners closed the Dunmore mill, and 300 workers lost their jobs.";
        var vectors = embeddings.embed(java.util.List.of(a, b));
        var withMeaning = LinkRules.compare(claim(a, MARCH_4).withEmbedding(vectors.get(0)),
                claim(b, MARCH_4).withEmbedding(vectors.get(1))).orElseThrow();

        assertThat(SentenceEmbeddings.cosine(vectors.get(0), vectors.get(1))).isGreaterThan(0.6);
        assertThat(withMeaning.relation()).isEqualTo(LinkRelation.CORROBORATES);
        assertThat(withMeaning.reasons()).anyMatch(r -> r.startsWith("similar meaning "));
    }
}
