package org.factdesk.timeline;

import java.time.LocalDate;
import java.util.List;

/**
 * The events of a project between two dates, sorted by date, with how many claims have no date, and the first and
 * last day of the whole timeline (for the page's axis), null when it has no events.
 */
public record Timeline(List<TimelineEvent> events, int undated, LocalDate first, LocalDate last) {

    public Timeline {
        events = List.copyOf(events);
    }
}
