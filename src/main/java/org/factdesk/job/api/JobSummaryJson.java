package org.factdesk.job.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.factdesk.job.JobKind;
import org.factdesk.job.JobState;

/** A job in a project's list: {@link JobJson} without its results, which GET /api/jobs/{id} pages through. */
public record JobSummaryJson(
        @Schema(example = "42") long id,
        @Schema(description = "absent for a restore until it has made its project", example = "7") Long projectId,
        JobKind kind,
        JobState state,
        @Schema(example = "leak.zip") String title,
        @Schema(description = "the name of who started it", example = "Rosa Diaz") String owner,
        @Schema(description = "why it failed, when it did") String message,
        @Schema(example = "2026-12-01T09:30:00Z") Instant createdAt,
        @Schema(example = "2026-12-01T09:30:01Z") Instant startedAt,
        @Schema(example = "2026-12-01T09:31:15Z") Instant finishedAt,
        JobJson.JobProgressJson progress) {
}
