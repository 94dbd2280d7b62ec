package org.factdesk.timeline.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.factdesk.claim.ClaimDate;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.link.DifferenceKind;
import org.factdesk.link.LinkState;
import org.factdesk.timeline.EventClaim;
import org.factdesk.timeline.EventConflict;
import org.factdesk.timeline.Timeline;
import org.factdesk.timeline.TimelineEvent;

/** The timeline as the API shows it. */
final class TimelineJson {

    private TimelineJson() {
    }

    @Schema(description = "A project's events, sorted by date")
    record TimelineBody(List<EventJson> events,
                        @Schema(description = "how many claims give no date and are in no dated event") int undated,
                        @Schema(description = "true while changes wait to be built into the events (seconds)")
                        boolean updating) {

        static TimelineBody of(Timeline t, boolean updating) {
            return new TimelineBody(t.events().stream().map(EventJson::of).toList(), t.undated(), updating);
        }
    }

    @Schema(description = "Claims of several sources about one fact, dated date to dateEnd: one day when the sources "
            + "agree on it, the range when they disagree or speak of a week, month or year")
    record EventJson(@Schema(description = "the lowest claim id in the event") long id, LocalDate date,
                     LocalDate dateEnd, ClaimDate.Precision precision,
                     @Schema(description = "time of day, when the sources give one") LocalTime time, String title,
                     @Schema(description = "how many documents report it") long sources, List<EventClaimJson> claims,
                     @Schema(description = "conflicting links between its claims that no editor rejected")
                     List<EventConflictJson> conflicts) {

        static EventJson of(TimelineEvent e) {
            return new EventJson(e.id().value(), e.date(), e.dateEnd(), e.precision(), e.time(), e.title(), e.sources(),
                    e.claims().stream().map(EventClaimJson::of).toList(),
                    e.conflicts().stream().map(EventConflictJson::of).toList());
        }
    }

    record EventClaimJson(long claimId, long documentId, String documentTitle, String outlet, String quote,
                          @Schema(description = "the date this claim gives; null when it is in the event through "
                                  + "its links only") LocalDate date, LocalDate dateEnd,
                          ClaimDate.Precision precision, LocalTime time, ClaimStatus status,
                          @Schema(description = "the verdict's label, null while there is none") String verdict) {

        static EventClaimJson of(EventClaim c) {
            return new EventClaimJson(c.claimId().value(), c.documentId().value(), c.documentTitle(), c.outlet(),
                    c.quote(), c.date(), c.dateEnd(), c.precision(), c.time(), c.status(), c.verdict());
        }
    }

    record EventConflictJson(long linkId, long claimA, long claimB, LinkState state, List<EventDifferenceJson> differences) {

        static EventConflictJson of(EventConflict c) {
            return new EventConflictJson(c.linkId().value(), c.claimA().value(), c.claimB().value(), c.state(),
                    c.differences().stream().map(d -> new EventDifferenceJson(d.kind(), d.thisSide(), d.otherSide()))
                            .toList());
        }
    }

    @Schema(description = "What the two claims disagree on: a as claimA says it, b as claimB says it")
    record EventDifferenceJson(DifferenceKind kind, String a, String b) {
    }
}
