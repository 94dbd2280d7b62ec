package org.factdesk.timeline.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.LocalDate;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.source.DocumentId;
import org.factdesk.team.ProjectId;
import org.factdesk.timeline.TimelineQuery;
import org.factdesk.timeline.TimelineService;
import org.factdesk.timeline.api.TimelineJson.TimelineBody;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The timeline of a project's claimed events. Members read. */
@RestController
class TimelineApiController {

    private final TimelineService timeline;

    TimelineApiController(TimelineService timeline) {
        this.timeline = timeline;
    }

    @Operation(operationId = "getTimeline", summary = "A project's events: claims of several sources about one fact, "
            + "by date, with their conflicts",
            description = "Events overlapping from–to (ISO dates, either may be left out). With documentId, outlet, "
                    + "status or verdictId an event shows only its matching claims, and events with none are left "
                    + "out; conflictsOnly keeps events with an open conflict.")
    @ApiResponse(responseCode = "200", description = "The events, sorted by date")
    @GetMapping("/api/projects/{projectId}/timeline")
    TimelineBody get(@PathVariable long projectId,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     @Parameter(description = "only claims of this document")
                     @RequestParam(required = false) Long documentId,
                     @Parameter(description = "only claims of documents from this outlet")
                     @RequestParam(required = false) String outlet,
                     @RequestParam(required = false) ClaimStatus status,
                     @Parameter(description = "only claims with this verdict (a rating level's id)")
                     @RequestParam(required = false) Long verdictId,
                     @RequestParam(defaultValue = "false") boolean conflictsOnly) {
        var project = new ProjectId(projectId);
        var query = new TimelineQuery(from, to, documentId == null ? null : new DocumentId(documentId),
                outlet == null || outlet.isBlank() ? null : outlet.strip(), status, verdictId, conflictsOnly);
        return TimelineBody.of(timeline.timeline(project, query), timeline.updating(project));
    }
}
