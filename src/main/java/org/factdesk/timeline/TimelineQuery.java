package org.factdesk.timeline;

import java.time.LocalDate;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.source.DocumentId;

/**
 * Which events to show: those overlapping {@code from}–{@code to} (either open), with at least one claim matching the
 * source, outlet, status and verdict given (null: any); only those with an open conflict if asked. An event shows
 * only its matching claims, and all of its conflicts.
 */
public record TimelineQuery(LocalDate from, LocalDate to, DocumentId document, String outlet, ClaimStatus status,
                            Long verdictId, boolean conflictsOnly) {

    public static TimelineQuery all() {
        return new TimelineQuery(null, null, null, null, null, null, false);
    }

    public TimelineQuery between(LocalDate from, LocalDate to) {
        return new TimelineQuery(from, to, document, outlet, status, verdictId, conflictsOnly);
    }
}
