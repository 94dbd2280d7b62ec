package org.factdesk.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.claim.ClaimDate;
import org.factdesk.claim.ClaimDate.Precision;
import org.factdesk.claim.ClaimId;
import org.factdesk.link.LinkId;
import org.factdesk.link.LinkRelation;
import org.factdesk.source.DocumentId;
import org.factdesk.timeline.JdbcTimelineRepository.ClaimDates;
import org.factdesk.timeline.TimelineService.Decision;
import org.factdesk.timeline.JdbcTimelineRepository.SameFact;
import org.junit.jupiter.api.Test;

class EventBuilderTest {

    private static ClaimDates claim(long id, long document, int score, ClaimDate... dates) {
        return new ClaimDates(new ClaimId(id), new DocumentId(document), score, "Claim " + id,
                org.factdesk.claim.ClaimStatus.SUGGESTED, List.of(dates));
    }

    private static ClaimDate day(String date) {
        return new ClaimDate(LocalDate.parse(date), Precision.DAY, date, 0, 1);
    }

    private static SameFact link(long id, long a, long b, LinkRelation relation) {
        return new SameFact(new LinkId(id), new ClaimId(a), new ClaimId(b), relation, false, 60);
    }

    private static SameFact confirmed(long id, long a, long b) {
        return new SameFact(new LinkId(id), new ClaimId(a), new ClaimId(b), LinkRelation.CORROBORATES, true, 30);
    }

    private static Decision decision(EventDecisionKind kind, long claim, Long other) {
        return new Decision(1, 0, kind, new ClaimId(claim), other == null ? null : new ClaimId(other), true, "Ed",
                Instant.EPOCH);
    }

    @Test
    void claims_joined_through_another_claim_are_one_event_named_by_its_lowest_claim() {
        var result = EventBuilder.build(List.of(claim(5, 1, 50, day("2024-01-22")), claim(3, 2, 80, day("2024-01-22")),
                        claim(9, 3, 40)),
                List.of(link(1, 3, 5, LinkRelation.CORROBORATES), link(2, 5, 9, LinkRelation.DUPLICATE)), List.of());

        assertThat(result.events()).hasSize(1);
        var event = result.events().getFirst();
        assertThat(event.id()).isEqualTo(new EventId(3));
        assertThat(event.members()).hasSize(3);
        assertThat(event.sources()).isEqualTo(3);
        assertThat(event.title()).isEqualTo("Claim 3");
        assertThat(result.undated()).isZero();
    }

    @Test
    void sources_that_disagree_on_the_day_make_a_range_and_a_month_beside_them_adds_nothing() {
        var month = new ClaimDate(LocalDate.parse("2023-12-01"), Precision.MONTH, "December", 0, 1);
        var result = EventBuilder.build(List.of(claim(1, 1, 50, day("2023-12-04")), claim(2, 2, 50, day("2023-12-03")),
                        claim(3, 3, 50, month)),
                List.of(link(1, 1, 2, LinkRelation.CONFLICTS), link(2, 2, 3, LinkRelation.CORROBORATES)), List.of());

        var event = result.events().getFirst();
        assertThat(event.date()).isEqualTo("2023-12-03");
        assertThat(event.dateEnd()).isEqualTo("2023-12-04");
        assertThat(event.precision()).isEqualTo(Precision.DAY);
        assertThat(event.conflicts()).isEqualTo(1);
    }

    @Test
    void a_dated_claim_without_links_is_an_event_of_its_own_and_an_undated_one_is_counted_apart() {
        var result = EventBuilder.build(List.of(claim(1, 1, 50, day("2024-03-20")), claim(2, 1, 50)), List.of(),
                List.of());

        assertThat(result.events()).extracting(e -> e.id().value()).containsExactly(1L);
        assertThat(result.undated()).isEqualTo(1);
    }

    @Test
    void a_group_where_no_claim_gives_a_date_is_no_event() {
        var result = EventBuilder.build(List.of(claim(1, 1, 50), claim(2, 2, 50)),
                List.of(link(1, 1, 2, LinkRelation.CORROBORATES)), List.of());

        assertThat(result.events()).isEmpty();
        assertThat(result.undated()).isEqualTo(2);
    }

    @Test
    void a_week_a_month_and_a_year_cover_their_whole_span() {
        var week = new ClaimDate(LocalDate.parse("2024-01-17"), Precision.WEEK, "last week", 0, 1);
        var result = EventBuilder.build(List.of(claim(1, 1, 50, week)), List.of(), List.of());

        var event = result.events().getFirst();
        assertThat(event.date()).isEqualTo("2024-01-15"); // Monday
        assertThat(event.dateEnd()).isEqualTo("2024-01-21"); // Sunday
        assertThat(event.precision()).isEqualTo(Precision.WEEK);
    }

    @Test
    void a_claim_is_placed_on_the_day_it_names_rather_than_on_a_month_it_names_first() {
        var month = new ClaimDate(LocalDate.parse("2023-11-01"), Precision.MONTH, "November", 0, 1);
        var unresolved = new ClaimDate(null, Precision.DAY, "on Tuesday", 0, 1);
        assertThat(EventBuilder.primaryDate(List.of(month, unresolved, day("2023-12-04"))).date())
                .isEqualTo("2023-12-04");
    }

    @Test
    void a_claim_taken_out_of_its_event_keeps_none_of_its_links_and_stands_alone() {
        var claims = List.of(claim(1, 1, 50, day("2024-01-22")), claim(2, 2, 50, day("2024-01-22")),
                claim(3, 3, 50, day("2024-01-22")));
        var links = List.of(link(1, 1, 2, LinkRelation.CORROBORATES), link(2, 2, 3, LinkRelation.CORROBORATES));

        var result = EventBuilder.build(claims, links, List.of(decision(EventDecisionKind.DETACH, 2, null)));

        assertThat(result.events()).extracting(e -> e.members().size()).containsExactly(1, 1, 1);
    }

    @Test
    void a_merge_joins_two_events_whatever_the_links_say_and_an_undone_one_does_not() {
        var claims = List.of(claim(1, 1, 50, day("2024-01-22")), claim(2, 2, 50, day("2024-01-23")));
        var merge = decision(EventDecisionKind.MERGE, 2, 1L);

        assertThat(EventBuilder.build(claims, List.of(), List.of(merge)).events()).hasSize(1);
        var undone = new Decision(1, 1, EventDecisionKind.MERGE, new ClaimId(2), new ClaimId(1), false, "Ed",
                Instant.EPOCH);
        assertThat(EventBuilder.build(claims, List.of(), List.of(undone)).events()).hasSize(2);
    }

    @Test
    void a_related_link_tells_of_the_same_story_not_the_same_event() {
        // the repository reads only same-fact links; a link to a claim not on the timeline (dismissed) joins nothing
        var result = EventBuilder.build(List.of(claim(1, 1, 50, day("2024-01-22"))),
                List.of(link(1, 1, 7, LinkRelation.CORROBORATES)), List.of());

        assertThat(result.events()).singleElement().satisfies(e -> assertThat(e.members()).hasSize(1));
    }

    @Test
    void a_long_quote_is_cut_at_a_word_for_the_title() {
        String quote = "Israeli forces pressed deeper into the southern city on Monday, ".repeat(3);
        String title = EventBuilder.title(quote);
        assertThat(title).endsWith("…").hasSizeLessThanOrEqualTo(111);
        assertThat(title).doesNotContain("  ");
    }

    @Test
    void suggestions_do_not_chain_a_month_of_claims_into_one_event_but_a_confirmation_does() {
        var claims = List.of(claim(1, 1, 50, day("2023-12-01")), claim(2, 2, 50, day("2023-12-10")),
                claim(3, 3, 50, day("2023-12-20")));

        var suggested = EventBuilder.build(claims, List.of(link(1, 1, 2, LinkRelation.CORROBORATES),
                link(2, 2, 3, LinkRelation.CORROBORATES)), List.of());
        assertThat(suggested.events()).extracting(e -> e.members().size()).containsExactlyInAnyOrder(2, 1);

        var editors = EventBuilder.build(claims, List.of(confirmed(1, 1, 2), confirmed(2, 2, 3)), List.of());
        assertThat(editors.events()).singleElement().satisfies(e -> assertThat(e.members()).hasSize(3));
    }

    @Test
    void a_claim_without_a_date_joins_one_event_only_and_cannot_bridge_two() {
        var claims = List.of(claim(1, 1, 50, day("2023-12-01")), claim(2, 2, 50, day("2023-12-03")),
                claim(3, 3, 50));
        var links = List.of(new SameFact(new LinkId(1), new ClaimId(1), new ClaimId(3), LinkRelation.CORROBORATES,
                false, 55), new SameFact(new LinkId(2), new ClaimId(2), new ClaimId(3), LinkRelation.CORROBORATES,
                false, 70));

        var result = EventBuilder.build(claims, links, List.of());

        assertThat(result.events()).hasSize(2);
        var withUndated = result.events().stream().filter(e -> e.members().size() == 2).findFirst().orElseThrow();
        assertThat(withUndated.members()).extracting(m -> m.claim().value()).containsExactlyInAnyOrder(2L, 3L);
    }

    @Test
    void an_event_keeps_the_time_of_day_its_sources_agree_on() {
        var at = new ClaimDate(LocalDate.parse("2024-04-08"), Precision.DAY, "April 8, 2024 - 22:53", 0, 1,
                java.time.LocalTime.of(22, 53));
        var same = new ClaimDate(LocalDate.parse("2024-04-08"), Precision.DAY, "at 22:53 on Monday", 0, 1,
                java.time.LocalTime.of(22, 53));
        var other = new ClaimDate(LocalDate.parse("2024-04-08"), Precision.DAY, "at 9 p.m.", 0, 1,
                java.time.LocalTime.of(21, 0));

        assertThat(EventBuilder.build(List.of(claim(1, 1, 50, at), claim(2, 2, 50, same)),
                List.of(link(1, 1, 2, LinkRelation.CORROBORATES)), List.of()).events().getFirst().time())
                .isEqualTo(java.time.LocalTime.of(22, 53));
        assertThat(EventBuilder.build(List.of(claim(1, 1, 50, at), claim(2, 2, 50, other)),
                List.of(link(1, 1, 2, LinkRelation.CONFLICTS)), List.of()).events().getFirst().time()).isNull();
    }
}
