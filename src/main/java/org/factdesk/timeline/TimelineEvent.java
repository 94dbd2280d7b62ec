package org.factdesk.timeline;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.factdesk.claim.ClaimDate;

/**
 * An event: its date ({@code date} to {@code dateEnd}, one day when the sources agree on a day, the range when they
 * disagree or speak of a week, month or year), a time of day when every dated claim gives the same one, a title from
 * its best claim, its claims and its open conflicts.
 */
public record TimelineEvent(EventId id, LocalDate date, LocalDate dateEnd, ClaimDate.Precision precision,
                            LocalTime time, String title, List<EventClaim> claims, List<EventConflict> conflicts) {

    public TimelineEvent {
        claims = List.copyOf(claims);
        conflicts = List.copyOf(conflicts);
    }

    /** Whether the sources give different dates for it. */
    public boolean datesDisagree() {
        return claims.stream().map(EventClaim::date).filter(java.util.Objects::nonNull).distinct().count() > 1;
    }

    public long sources() {
        return claims.stream().map(EventClaim::documentId).distinct().count();
    }
}
