package org.factdesk.job.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.factdesk.job.ItemState;
import org.factdesk.job.JobKind;
import org.factdesk.job.JobState;

/**
 * A job as GET /api/jobs/{id} shows it, and as every call that starts one answers: its state, its progress and a
 * page of its items' results.
 */
public record JobJson(
        @Schema(example = "42") long id,
        @Schema(description = "absent for a restore until it has made its project", example = "7") Long projectId,
        JobKind kind,
        JobState state,
        @Schema(example = "leak.zip") String title,
        @Schema(description = "the name of who started it", example = "Rosa Diaz") String owner,
        @Schema(description = "why it failed, when it did") String message,
        @Schema(example = "2026-12-01T09:30:00Z") Instant createdAt,
        @Schema(description = "when a worker first took it up", example = "2026-12-01T09:30:01Z") Instant startedAt,
        @Schema(description = "when it ended: DONE, FAILED or CANCELLED", example = "2026-12-01T09:31:15Z")
        Instant finishedAt,
        JobProgressJson progress,
        @Schema(description = "a page of its items' results, in the order they were sent (resultsPage says which)")
        List<JobResultJson> results,
        JobResultsPageJson resultsPage) {

    /** Items by what became of them; those not counted yet wait. */
    public record JobProgressJson(
            @Schema(description = "items imported (outcome DONE)", example = "101") int done,
            @Schema(description = "all its items", example = "300") int total,
            @Schema(description = "items with an outcome, whichever: done, duplicates, rejected, failed and cancelled",
                    example = "118") int finished,
            @Schema(description = "items with the same text as a document the project has", example = "9")
            int duplicates,
            @Schema(description = "items refused, with the reason in their result", example = "8") int rejected,
            @Schema(description = "items that failed on the server (logged)", example = "0") int failed,
            @Schema(description = "items not done because the job was cancelled", example = "0") int cancelled,
            @Schema(description = "items finished a second since it started; absent before the first is", example = "4.2")
            Double ratePerSecond,
            @Schema(description = "how long the rest should take at that rate; absent before the first is done",
                    example = "43") Long secondsLeft) {
    }

    /** What became of one item: a file, an archive entry or an address. */
    public record JobResultJson(
            @Schema(description = "the file's name, the entry's path in the archive, or the address",
                    example = "reports/harbour-fire.txt") String fileName,
            ItemState outcome,
            @Schema(description = "the document it made or matched", example = "1234") Long documentId,
            @Schema(description = "the project it made (a restore)", example = "8") Long projectId,
            @Schema(description = "why it was refused or failed, or what was done",
                    example = "Its path leaves the archive or is absolute (\"../x.txt\"), so it was not unpacked.")
            String message) {
    }

    /** Which results this is: {@code total} counts those the outcome filter matches. */
    public record JobResultsPageJson(@Schema(example = "0") int offset, @Schema(example = "100") int limit,
                                     @Schema(example = "300") int total) {
    }
}
