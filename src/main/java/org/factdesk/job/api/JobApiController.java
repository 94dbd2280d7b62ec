package org.factdesk.job.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.factdesk.base.ConflictException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.factdesk.base.InvalidInputException;
import org.factdesk.job.ItemState;
import org.factdesk.job.JobId;
import org.factdesk.job.JobService;
import org.factdesk.team.ProjectId;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class JobApiController {

    private static final int MAX_LIST = 200;

    private final JobService jobs;
    private final JobResponses responses;

    JobApiController(JobService jobs, JobResponses responses) {
        this.jobs = jobs;
        this.responses = responses;
    }

    @Operation(operationId = "getJob", summary = "A job: its state, progress and a page of its results",
            description = "Poll it until state is DONE, FAILED or CANCELLED. Results come in the order the items were "
                    + "sent; outcome narrows them (repeat it for several), and resultsPage.total counts what it matches.")
    @ApiResponse(responseCode = "200", description = "The job as it is now")
    @GetMapping("/api/jobs/{jobId}")
    JobJson get(@PathVariable long jobId,
                @Parameter(description = "the first result to show, from 0") @RequestParam(defaultValue = "0") int offset,
                @Parameter(description = "how many results, 1 to 1000") @RequestParam(defaultValue = "100") int limit,
                @Parameter(description = "only results with this outcome; repeat for several, e.g. "
                        + "outcome=REJECTED&outcome=FAILED") @RequestParam(required = false) List<ItemState> outcome) {
        return responses.json(new JobId(jobId), outcome, offset, limit);
    }

    @Operation(operationId = "cancelJob", summary = "Cancel a job (who started it, or an owner of the project)",
            description = "Once this answers, no item of the job starts any more; what was done stays done and the "
                    + "rest is CANCELLED. A job that has ended already is answered as it is.")
    @ApiResponse(responseCode = "200", description = "The job, cancelled or as it had ended")
    @DeleteMapping("/api/jobs/{jobId}")
    JobJson cancel(@PathVariable long jobId) {
        var job = jobs.cancel(new JobId(jobId));
        return responses.json(job, List.of(), 0, JobResponses.DEFAULT_LIMIT);
    }

    @Operation(operationId = "getJobOutput", summary = "The file a job made: an export's report",
            description = "There once the job is DONE; before, or for a job that makes no file, a 409 problem says so. "
                    + "A job you may not see is a 404, as if it did not exist.")
    @ApiResponse(responseCode = "200", description = "The file, in its own type (an export: its format's)",
            content = @Content(mediaType = "*/*",
            schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "409", description = "The job has not made its file (yet)")
    @GetMapping("/api/jobs/{jobId}/output")
    void output(@PathVariable long jobId, HttpServletResponse response) throws IOException {
        var id = new JobId(jobId);
        var job = jobs.get(id);
        var output = jobs.output(id).orElseThrow(() -> new ConflictException(job.data().state().finished()
                ? "This job made no file (it is " + job.data().state().label().toLowerCase(Locale.ROOT) + ")."
                : "The job's file is not ready: the job is " + job.data().state().label().toLowerCase(Locale.ROOT)
                        + ". Ask again when its state is DONE."));
        response.setContentType(output.contentType());
        response.setContentLengthLong(output.size());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(output.fileName(), StandardCharsets.UTF_8).build().toString());
        jobs.writeOutput(id, response.getOutputStream());
    }

    @Operation(operationId = "listJobs", summary = "The project's recent jobs, newest first, without their results")
    @GetMapping("/api/projects/{projectId}/jobs")
    List<JobSummaryJson> list(@PathVariable long projectId,
                              @Parameter(description = "how many jobs, 1 to " + MAX_LIST)
                              @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > MAX_LIST) {
            throw new InvalidInputException("limit", "limit must be 1 to " + MAX_LIST + ".");
        }
        var list = jobs.list(new ProjectId(projectId), limit);
        var progress = jobs.progress(list);
        return list.stream().map(j -> responses.summary(j, progress.get(j.id()))).toList();
    }
}
