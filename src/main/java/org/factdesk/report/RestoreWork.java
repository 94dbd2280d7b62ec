package org.factdesk.report;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.PermissionDeniedException;
import org.factdesk.job.ItemResult;
import org.factdesk.job.ItemState;
import org.factdesk.job.Job;
import org.factdesk.job.JobControl;
import org.factdesk.job.JobInput;
import org.factdesk.job.JobKind;
import org.factdesk.team.MyProject;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A restore job's item: the existing restore, inside the job's batch transaction, so the new project, its rows and
 * the item's result commit together or not at all. A crash mid-way rolls all of it back and the item waits for the
 * worker's next run; a refused archive rolls back to a savepoint, and only the item's reason is kept.
 */
@Component
class RestoreWork extends ItemByItemWork {

    private final ProjectArchiveService archives;
    private final ReportJobs tasks;

    RestoreWork(ProjectArchiveService archives, ReportJobs tasks, PlatformTransactionManager transactions) {
        super(transactions);
        this.archives = archives;
        this.tasks = tasks;
    }

    @Override
    public JobKind kind() {
        return JobKind.RESTORE;
    }

    @Override
    ItemResult one(Job job, JobInput input, JobControl control) {
        if (input.bytes() == null || input.bytes().length == 0) {
            return new ItemResult(ItemState.REJECTED, null, "The file is empty: it is not a Factdesk backup.");
        }
        var options = tasks.restoreOf(input);
        try {
            MyProject project = savepoint.execute(status ->
                    archives.restore(new ByteArrayInputStream(input.bytes()), options));
            return new ItemResult(ItemState.DONE, null, "Restored as “" + project.name() + "”. You are its owner.",
                    project.id());
        } catch (InvalidInputException | PermissionDeniedException e) {
            return new ItemResult(ItemState.REJECTED, null, e.getMessage());
        } catch (UncheckedIOException e) {
            return new ItemResult(ItemState.FAILED, null, "The backup could not be read to its end ("
                    + e.getCause().getMessage() + "). Download it again and restore that copy.");
        }
    }
}
