package org.factdesk.timeline;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.NotFoundException;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ClaimService;
import org.factdesk.team.CurrentUser;
import org.factdesk.team.ProjectAccess;
import org.factdesk.team.ProjectId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the timeline page, the API and reports read of events, and the editors' decisions on them. */
@Service
@Transactional
public class TimelineService {

    /** An editor's decision on events, for the page's list of decisions and their undo. */
    public record Decision(long id, int version, EventDecisionKind kind, ClaimId claim, ClaimId other, boolean active,
                           String decidedBy, Instant decidedAt) {
    }

    private final JdbcTimelineRepository timeline;
    private final TimelineBuild build;
    private final ClaimService claims;
    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;

    TimelineService(JdbcTimelineRepository timeline, TimelineBuild build, ClaimService claims, ProjectAccess access,
                    CurrentUser currentUser, Clock clock) {
        this.timeline = timeline;
        this.build = build;
        this.claims = claims;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The project's events overlapping the query's dates, sorted by date, with the claims that match it. */
    @Transactional(readOnly = true)
    public Timeline timeline(ProjectId project, TimelineQuery query) {
        return read(project, query, true);
    }

    /**
     * The same events for drawing them: every claim without its words, which a year of a large project would carry
     * by the megabyte to a page that shows the words of one event at a time ({@link #event}).
     */
    @Transactional(readOnly = true)
    public Timeline drawing(ProjectId project, TimelineQuery query) {
        return read(project, query, false);
    }

    private Timeline read(ProjectId project, TimelineQuery query, boolean quotes) {
        access.requireRead(project);
        if (query.from() != null && query.to() != null && query.from().isAfter(query.to())) {
            throw new InvalidInputException("from", "The start date is after the end date.");
        }
        var bounds = timeline.bounds(project);
        return new Timeline(events(project, query, null, quotes), bounds.undated(), bounds.first(), bounds.last());
    }

    /**
     * How far the events a query matches reach (first to last day), and where most of them are (5th to 95th
     * percentile of their days); all null when none matches. The page opens on the latter.
     */
    public record Extent(java.time.LocalDate first, java.time.LocalDate last, java.time.LocalDate mostFrom,
                         java.time.LocalDate mostTo) {
    }

    @Transactional(readOnly = true)
    public Extent extent(ProjectId project, TimelineQuery query) {
        access.requireRead(project);
        return timeline.span(project, query);
    }

    /** One event with all its claims, or empty when no event has that id in the project. */
    @Transactional(readOnly = true)
    public Optional<TimelineEvent> event(ProjectId project, EventId id) {
        access.requireRead(project);
        return events(project, TimelineQuery.all(), id, true).stream().findFirst();
    }

    /** The event a claim is in, if it is on the timeline. */
    @Transactional(readOnly = true)
    public Optional<TimelineEvent> eventOf(ClaimId claimId) {
        var claim = claims.get(claimId);
        var project = claim.data().projectId();
        return timeline.eventOf(claimId).flatMap(id -> event(project, id));
    }

    /** Whether changes are waiting to be built into the timeline (the page says "Updating…"). */
    @Transactional(readOnly = true)
    public boolean updating(ProjectId project) {
        access.requireRead(project);
        return timeline.isOutOfDate(project);
    }

    private List<TimelineEvent> events(ProjectId project, TimelineQuery query, EventId only, boolean quotes) {
        var rows = timeline.eventClaims(project, query, only, quotes);
        // a reviewer of an open agreement round sees no verdict of the claims they judge blind, nor finds them by it
        var hidden = claims.verdictsHidden(project);
        var grouped = new LinkedHashMap<EventId, List<JdbcTimelineRepository.EventClaimRow>>();
        for (var row : rows) {
            if (hidden.contains(row.claim().claimId())) {
                if (query.verdictId() != null) {
                    continue;
                }
                row = row.withoutVerdict();
            }
            grouped.computeIfAbsent(row.event(), k -> new ArrayList<>()).add(row);
        }
        var conflicts = new HashMap<EventId, List<EventConflict>>();
        // only the events the build found conflicts in are asked for theirs
        var disputed = grouped.entrySet().stream().filter(e -> e.getValue().getFirst().conflicts() > 0)
                .map(java.util.Map.Entry::getKey).toList();
        for (var c : timeline.openConflicts(project, disputed)) {
            conflicts.computeIfAbsent(c.event(), k -> new ArrayList<>()).add(c.conflict());
        }
        var events = new ArrayList<TimelineEvent>(grouped.size());
        for (var entry : grouped.entrySet()) {
            var first = entry.getValue().getFirst();
            events.add(new TimelineEvent(entry.getKey(), first.day(), first.dayEnd(), first.precision(), first.time(),
                    first.title(), entry.getValue().stream().map(JdbcTimelineRepository.EventClaimRow::claim).toList(),
                    conflicts.getOrDefault(entry.getKey(), List.of())));
        }
        return events;
    }

    // ---- decisions ----------------------------------------------------------------------------------------------

    /** Makes the events of two claims one event, whatever their links say; the timeline is built again at once. */
    public TimelineEvent merge(ClaimId claim, ClaimId other) {
        if (claim.equals(other)) {
            throw new InvalidInputException("Pick a claim of another event to merge with.");
        }
        var a = claims.get(claim);
        var b = claims.get(other);
        var project = a.data().projectId();
        access.requireEdit(project);
        if (!b.data().projectId().equals(project)) {
            throw new InvalidInputException("Both claims must be in the same project.");
        }
        timeline.insertDecision(project, EventDecisionKind.MERGE, claim, other, currentUser.requireId(), clock.instant());
        build.build(project);
        return eventOf(claim).orElseThrow(() -> new InvalidInputException(
                "Neither claim gives a date, so the merged event is not on the timeline."));
    }

    /** Takes a claim out of its event: it keeps none of its links' grouping, and is an event of its own if dated. */
    public void detach(ClaimId claim) {
        var c = claims.get(claim);
        var project = c.data().projectId();
        access.requireEdit(project);
        timeline.insertDecision(project, EventDecisionKind.DETACH, claim, null, currentUser.requireId(), clock.instant());
        build.build(project);
    }

    /** Undoes a decision; the decision and its undoing stay in the history. */
    public void undo(ProjectId project, long decisionId, int version) {
        access.requireEdit(project);
        if (timeline.decisions(project, false).stream().noneMatch(d -> d.id() == decisionId)) {
            throw new NotFoundException("No such decision in this project.");
        }
        timeline.undoDecision(project, decisionId, version, currentUser.requireId(), clock.instant());
        build.build(project);
    }

    @Transactional(readOnly = true)
    public List<Decision> decisions(ProjectId project) {
        access.requireRead(project);
        return timeline.decisions(project, false);
    }
}
