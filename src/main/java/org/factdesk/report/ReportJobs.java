package org.factdesk.report;

import java.util.List;
import java.util.Map;
import org.factdesk.base.InvalidInputException;
import org.factdesk.claim.ClaimQuery;
import org.factdesk.job.Job;
import org.factdesk.job.JobInput;
import org.factdesk.job.JobKind;
import org.factdesk.job.JobService;
import org.factdesk.team.CurrentUser;
import org.factdesk.team.ProjectId;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exports and restores as background jobs (decision 0023): durable, visible on the Jobs page of any instance, and
 * done exactly once, also across a crash. A job's one item carries what to do as JSON, read back by {@link
 * ExportWork} and {@link RestoreWork}.
 */
@Service
public class ReportJobs {

    /** The largest backup a restore takes: the upload's limit, and what one item of a job holds. */
    public static final long MAX_BACKUP_BYTES = 1024L * 1024 * 1024 - 1024 * 1024;

    /** An export's request as its item stores it. */
    record ExportTask(long projectId, ExportFormat format, Map<String, List<String>> filter, ExportOptions options) {

        static ExportTask of(ExportRequest request) {
            return new ExportTask(request.projectId().value(), request.format(), request.filter().parameters(),
                    request.options());
        }

        ExportRequest request() {
            return new ExportRequest(new ProjectId(projectId), format, ClaimQuery.fromParameters(filter), options);
        }
    }

    /** A restore's options as its item stores them; the archive is the item's bytes. */
    record RestoreTask(Map<String, String> people, boolean keepPublished) {

        RestoreOptions options() {
            return new RestoreOptions(people == null ? Map.of() : people, keepPublished);
        }
    }

    private final ReportService reports;
    private final JobService jobs;
    private final CurrentUser currentUser;
    private final JsonMapper json;

    ReportJobs(ReportService reports, JobService jobs, CurrentUser currentUser, JsonMapper json) {
        this.reports = reports;
        this.jobs = jobs;
        this.currentUser = currentUser;
        this.json = json;
    }

    /**
     * Starts the export as a job named after its file; checked first as the direct export is (access, what the
     * format needs), so that what can never work is refused now rather than failing later.
     */
    public Job export(ExportRequest request) {
        String fileName = reports.prepare(request);
        var input = JobInput.task(fileName, json.writeValueAsString(ExportTask.of(request)), request.format().mediaType,
                null);
        return jobs.start(request.projectId(), JobKind.EXPORT, fileName, List.of(input).iterator());
    }

    /** Starts restoring {@code archive} as a new project of the signed-in user; the job belongs to no project yet. */
    public Job restore(String fileName, byte[] archive, RestoreOptions options) {
        if (archive.length > MAX_BACKUP_BYTES) {
            throw new InvalidInputException("This backup is larger than " + (MAX_BACKUP_BYTES >> 20) + " MB, more than "
                    + "a restore takes. Restore it on the command line with the API (POST /api/projects/import).");
        }
        if (!options.people().isEmpty() && !currentUser.require().instanceAdmin()) {
            throw new org.factdesk.base.PermissionDeniedException("Only an instance admin maps the people of a backup "
                    + "to accounts here. Restore it without a mapping; their work keeps their names as text.");
        }
        String name = fileName == null || fileName.isBlank() ? "backup.zip" : fileName.strip();
        var input = JobInput.task(name, json.writeValueAsString(new RestoreTask(options.people(),
                options.keepPublished())), "application/zip", archive);
        return jobs.startOwn(JobKind.RESTORE, name, List.of(input).iterator());
    }

    ExportRequest exportOf(JobInput input) {
        return json.readValue(input.parameters(), ExportTask.class).request();
    }

    RestoreOptions restoreOf(JobInput input) {
        return input.parameters() == null ? RestoreOptions.safe()
                : json.readValue(input.parameters(), RestoreTask.class).options();
    }
}
