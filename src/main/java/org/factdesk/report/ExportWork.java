package org.factdesk.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factdesk.base.InvalidInputException;
import org.factdesk.job.ItemResult;
import org.factdesk.job.ItemState;
import org.factdesk.job.Job;
import org.factdesk.job.JobControl;
import org.factdesk.job.JobInput;
import org.factdesk.job.JobKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * An export job's item: the report is written to a temporary file, as the direct export writes it, and kept as the
 * job's file in the same transaction that marks the item done. The batch reads one snapshot ({@link #oneSnapshot}),
 * so the report never mixes states; the export checks the job's cancel flag as it goes, and says how far it is.
 */
@Component
class ExportWork extends ItemByItemWork {

    private static final Logger log = LoggerFactory.getLogger(ExportWork.class);

    private final ReportService reports;
    private final ReportJobs tasks;

    ExportWork(ReportService reports, ReportJobs tasks, PlatformTransactionManager transactions) {
        super(transactions);
        this.reports = reports;
        this.tasks = tasks;
    }

    @Override
    public JobKind kind() {
        return JobKind.EXPORT;
    }

    @Override
    public boolean oneSnapshot() {
        return true;
    }

    @Override
    ItemResult one(Job job, JobInput input, JobControl control) {
        var request = tasks.exportOf(input);
        if (!request.projectId().equals(job.data().projectId())) {
            return new ItemResult(ItemState.REJECTED, null, "This export is of another project than its job's.");
        }
        Path file;
        try {
            file = Files.createTempFile("factdesk-export-", "." + request.format().extension);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var progress = new ExportProgress() {
            @Override
            public void progressed(int claimsDone, int claimsTotal) {
                control.progressed(claimsDone, claimsTotal);
            }

            @Override
            public boolean cancelled() {
                return control.cancelRequested();
            }
        };
        try {
            // a savepoint: a refusal from the export's own transactional calls must not doom the batch's transaction
            savepoint.executeWithoutResult(status -> {
                try (OutputStream out = Files.newOutputStream(file)) {
                    reports.export(request, out, progress);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                control.output(input.name(), request.format().mediaType, file);
            });
            return new ItemResult(ItemState.DONE, null, "Exported " + input.name() + ".");
        } catch (ExportCancelledException e) {
            if (control.cancelRequested()) {
                return new ItemResult(ItemState.CANCELLED, null, "Cancelled: no file was made.");
            }
            // the time limit, or a server shutting down: either way, what it says is for the user
            return new ItemResult(ItemState.FAILED, null, new ExportCancelledException().getMessage().equals(e.getMessage())
                    ? "The export stopped before it was done (the server was shutting down). Export it again."
                    : e.getMessage());
        } catch (InvalidInputException e) {
            return new ItemResult(ItemState.REJECTED, null, e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete the export file {}", file, e);
            }
        }
    }
}
