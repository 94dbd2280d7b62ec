package org.factdesk.job.api;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.factdesk.base.InvalidInputException;
import org.factdesk.job.ItemState;
import org.factdesk.job.Job;
import org.factdesk.job.JobId;
import org.factdesk.job.JobProgress;
import org.factdesk.job.JobService;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A job as the API shows it. Public for the calls of other modules that start jobs, so that a job looks the same
 * whether it was just started or is looked up later.
 */
@Component
public class JobResponses {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private final JobService jobs;
    private final Clock clock;

    JobResponses(JobService jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    /** 202: the job runs in the background; Location is where to follow it. */
    public ResponseEntity<JobJson> accepted(Job job) {
        // a path, not an absolute URL: behind a proxy the host the server sees need not be the client's
        var location = URI.create(ServletUriComponentsBuilder.fromCurrentContextPath().build().getPath()
                + "/api/jobs/" + job.id());
        return ResponseEntity.accepted().location(location).body(json(job, List.of(), 0, DEFAULT_LIMIT));
    }

    JobJson json(Job job, List<ItemState> outcomes, int offset, int limit) {
        page(offset, limit);
        var d = job.data();
        var results = jobs.items(job.id(), outcomes, offset, limit).stream()
                .map(i -> new JobJson.JobResultJson(i.name(), i.state(), i.documentId(),
                        i.project() == null ? null : i.project().value(), i.message())).toList();
        return new JobJson(job.id().value(), projectId(job), d.kind(), d.state(), d.title(), d.ownerName(),
                d.message(), d.createdAt(), d.startedAt(), d.finishedAt(), progress(job, jobs.progress(job.id())),
                results, new JobJson.JobResultsPageJson(offset, limit, jobs.countItems(job.id(), outcomes)));
    }

    JobSummaryJson summary(Job job, JobProgress progress) {
        var d = job.data();
        return new JobSummaryJson(job.id().value(), projectId(job), d.kind(), d.state(), d.title(),
                d.ownerName(), d.message(), d.createdAt(), d.startedAt(), d.finishedAt(), progress(job, progress));
    }

    JobJson json(JobId id, List<ItemState> outcomes, int offset, int limit) {
        page(offset, limit);
        // an empty outcome= binds to null: it filters nothing
        return json(jobs.get(id), outcomes == null ? List.of() : outcomes.stream().filter(Objects::nonNull).toList(),
                offset, limit);
    }

    private static Long projectId(Job job) {
        return job.data().projectId() == null ? null : job.data().projectId().value();
    }

    static void page(int offset, int limit) {
        if (offset < 0) {
            throw new InvalidInputException("offset", "offset must be 0 or more.");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "limit must be 1 to " + MAX_LIMIT + ".");
        }
    }

    /** The rate up to the end for a finished job, so that it does not sink while the job is looked at later. */
    private JobJson.JobProgressJson progress(Job job, JobProgress p) {
        var d = job.data();
        var until = d.finishedAt() != null ? d.finishedAt() : clock.instant();
        Double rate = p.rate(d.startedAt(), until).map(r -> Math.round(r * 100) / 100.0).orElse(null);
        Long left = d.state().finished() ? Long.valueOf(0)
                : p.timeLeft(d.startedAt(), until).map(java.time.Duration::toSeconds).orElse(null);
        return new JobJson.JobProgressJson(p.done(), p.total(), p.finished(), p.duplicates(), p.rejected(), p.failed(),
                p.cancelled(), rate, left);
    }
}
