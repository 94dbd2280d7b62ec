package org.factdesk.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.factdesk.claim.ClaimDate.Precision;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.source.DocumentId;
import org.junit.jupiter.api.Test;

class TimelineSvgTest {

    private static TimelineEvent event(long id, LocalDate day, long document) {
        var claim = new EventClaim(new ClaimId(id), new DocumentId(document), "Wire " + document, null, "Quote " + id,
                day, day, Precision.DAY, null, ClaimStatus.SUGGESTED, null, null);
        return new TimelineEvent(new EventId(id), day, day, Precision.DAY, null, "Event " + id, List.of(claim), List.of());
    }

    @Test
    void a_dense_lane_is_drawn_as_a_row_of_counted_clusters_not_one_bar() {
        var events = new ArrayList<TimelineEvent>();
        var first = LocalDate.of(2023, 1, 1);
        for (int i = 0; i < 2000; i++) {
            events.add(event(i + 1, first.plusDays(i % 365), 1));
        }
        var window = TimelineSvg.Window.days(first, first.plusDays(364));

        String svg = TimelineSvg.draw(new Timeline(events, 0, first, first.plusDays(364)), window,
                TimelineSvg.Lanes.SOURCE, null);

        var widths = Pattern.compile("<g class=\"fd-tl-cluster\"[^>]*><rect x=\"[0-9.]+\" y=\"\\d+\" width=\"([0-9.]+)\"")
                .matcher(svg).results().map(m -> Double.parseDouble(m.group(1))).toList();
        assertThat(widths).hasSizeGreaterThan(20);
        assertThat(widths).allSatisfy(w -> assertThat(w).isLessThanOrEqualTo(26.0));
        var counts = Pattern.compile("text-anchor=\"middle\">(\\d+)</text>").matcher(svg).results()
                .mapToInt(m -> Integer.parseInt(m.group(1))).sum();
        assertThat(counts).as("every event counted in some cluster").isEqualTo(2000);
    }

    @Test
    void lanes_are_named_in_the_order_a_reader_expects() {
        assertThat(List.of("Outlet 10", "outlet 2", "Outlet 1", "Agency").stream().sorted(TimelineSvg::naturally))
                .containsExactly("Agency", "Outlet 1", "outlet 2", "Outlet 10");
    }

    @Test
    void a_conflict_whose_claims_sit_in_clusters_is_still_joined_in_red() {
        var day = LocalDate.of(2023, 12, 4);
        var events = new ArrayList<TimelineEvent>();
        for (int i = 0; i < 5; i++) {
            events.add(event(100 + i, day, 1));
            events.add(event(200 + i, day, 2));
        }
        var a = new EventClaim(new ClaimId(1), new DocumentId(1), "Wire 1", null, "We entered on the 6th", day.plusDays(2),
                day.plusDays(2), Precision.DAY, null, ClaimStatus.SUGGESTED, null, null);
        var b = new EventClaim(new ClaimId(2), new DocumentId(2), "Wire 2", null, "Already there on the 4th", day, day,
                Precision.DAY, null, ClaimStatus.SUGGESTED, null, null);
        var conflict = new EventConflict(new org.factdesk.link.LinkId(9), a.claimId(), b.claimId(),
                org.factdesk.link.LinkState.SUGGESTED, List.of());
        events.add(new TimelineEvent(new EventId(1), day, day.plusDays(2), Precision.DAY, null, "Entered", List.of(a, b),
                List.of(conflict)));
        var window = TimelineSvg.Window.days(LocalDate.of(2023, 9, 1), LocalDate.of(2024, 6, 30));

        String svg = TimelineSvg.draw(new Timeline(events, 0, day, day.plusDays(2)), window, TimelineSvg.Lanes.SOURCE,
                null);

        assertThat(svg).contains("fd-tl-cluster", "<g class=\"fd-tl-conflict\" data-event=\"1\">");
    }
}
