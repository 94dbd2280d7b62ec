package org.factdesk.report.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.ui.Notifications;
import org.factdesk.base.ui.ViewHeader;
import org.factdesk.job.Job;
import org.factdesk.job.JobState;
import org.factdesk.job.ui.JobPanel;
import org.factdesk.job.ui.JobPanels;
import org.factdesk.report.ReportJobs;
import org.factdesk.report.RestoreOptions;

/**
 * Restores a project backup (from this or another Factdesk) as a new project of the signed-in user, as a job
 * followed here: once done, it links to the project.
 */
@Route(ReportNavigation.RESTORE_ROUTE)
@PageTitle("Restore a backup · Factdesk")
@Menu(order = 70, title = "Restore backup", icon = "vaadin:upload-alt")
@PermitAll
class RestoreView extends Main {


    final Upload upload = new Upload();
    final com.vaadin.flow.component.checkbox.Checkbox keepPublished = new com.vaadin.flow.component.checkbox.Checkbox(
            "Keep published claims published");
    final Div result = new Div();
    JobPanel running;

    RestoreView(ReportJobs restores, JobPanels panels) {
        addClassNames("fd-view");
        keepPublished.setTooltipText("Off: claims published in the backup come in as Needs review, to be published "
                + "again here");
        result.addClassName("fd-report-result");
        // the restore is a job: all of the project or none of it, also if the server stops half-way
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            try {
                var job = restores.restore(metadata.fileName(), bytes, new RestoreOptions(java.util.Map.of(),
                        keepPublished.getValue()));
                result.removeAll();
                running = panels.follow(job, this::finished);
                result.add(running);
            } catch (InvalidInputException | org.factdesk.base.PermissionDeniedException e) {
                Notifications.error(e.getMessage());
            }
            // the file leaves the list, so that the next one can be dropped at once
            upload.clearFileList();
        }));
        upload.setAcceptedFileTypes(".zip", "application/zip");
        upload.addFileRejectedListener(e -> Notifications.error("“" + e.getFileName() + "” is not a Factdesk backup: "
                + "choose the .zip file that “Download backup” on a project's Reports page made."));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) ReportJobs.MAX_BACKUP_BYTES);
        upload.setDropLabel(new com.vaadin.flow.component.html.Span("Drop a Factdesk backup (.zip) here"));
        add(new ViewHeader("Restore a backup"), new Paragraph("A backup made with “Download backup” on a project's "
                + "Reports page becomes a new project here, with its sources, claims, verdicts, evidence, comments "
                + "and history. A backup's people keep their names as text (“Rita Novak (rita), restored from "
                + "backup”); nothing is attributed to an account here. The restore runs in the background: you can "
                + "leave this page, and the bell tells you when the project is there."), keepPublished, upload, result);
    }

    private void finished(Job job) {
        if (job.data().state() == JobState.DONE) {
            Notifications.success("The backup is restored as a new project. You are its owner.");
        } else if (job.data().state() == JobState.FAILED) {
            Notifications.error(job.data().message() == null ? "The restore failed." : job.data().message());
        }
    }
}
