package org.factdesk.timeline.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.factdesk.claim.Claim;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ui.ClaimPanelExtension;
import org.factdesk.timeline.TimelineService;
import org.factdesk.timeline.TimelineSvg;
import org.springframework.stereotype.Component;

/**
 * "On the timeline" on a claim's page: the event the claim is in, its date and sources, a link that opens the timeline
 * on it; and editors' decisions on the claim's event (merged, taken out) as lines of the claim's history.
 */
@Component
class TimelinePanelExtension implements ClaimPanelExtension {

    private final TimelineService timeline;
    private final ClaimService claims;

    TimelinePanelExtension(TimelineService timeline, ClaimService claims) {
        this.timeline = timeline;
        this.claims = claims;
    }

    @Override
    public List<HistoryEntry> history(ClaimId claim) {
        var project = claims.get(claim).data().projectId();
        return timeline.decisions(project).stream()
                .filter(d -> d.claim().equals(claim) || claim.equals(d.other()))
                .flatMap(d -> {
                    String what = switch (d.kind()) {
                        case MERGE -> "its event merged with that of claim "
                                + (d.claim().equals(claim) ? d.other() : d.claim());
                        case DETACH -> "taken out of its event";
                    };
                    var decided = new HistoryEntry(d.decidedAt(), d.decidedBy(), "event "
                            + d.kind().label().toLowerCase(java.util.Locale.ROOT), what);
                    return d.active() ? java.util.stream.Stream.of(decided)
                            : java.util.stream.Stream.of(decided, new HistoryEntry(d.decidedAt(), d.decidedBy(),
                            "event decision undone", what + " (undone)"));
                }).toList();
    }

    @Override
    public Optional<ClaimPanel> panel(Claim claim, Place place, Consumer<ClaimId> open) {
        if (place != Place.CLAIM_PAGE) {
            return Optional.empty();
        }
        var event = timeline.eventOf(claim.id());
        var box = new Div();
        box.addClassNames("fd-side-section", "fd-timeline-on");
        box.add(new H3("On the timeline"));
        if (event.isEmpty()) {
            box.add(new Span("Not on the timeline: this claim gives no date, and no dated claim of another source is "
                    + "linked to it as the same fact."));
        } else {
            var e = event.get();
            String sources = e.sources() + (e.sources() == 1 ? " source" : " sources");
            var link = new Anchor(TimelineNavigation.event(claim.data().projectId(), e.id()),
                    TimelineSvg.dates(e) + " · " + sources + (e.datesDisagree() ? " · the sources give different dates"
                            : "") + " →");
            link.setId("claim-timeline-link");
            box.add(link);
        }
        return Optional.of(() -> box);
    }
}
