package org.factdesk.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.ui.Notifications;
import org.factdesk.base.ui.ViewHeader;
import org.factdesk.report.ProjectArchiveService;
import org.factdesk.report.RestoreOptions;

/** Restores a project backup (from this or another Factdesk) as a new project of the signed-in user. */
@Route(ReportNavigation.RESTORE_ROUTE)
@PageTitle("Restore a backup · Factdesk")
@Menu(order = 70, title = "Restore backup", icon = "vaadin:upload-alt")
@PermitAll
class RestoreView extends Main {


    final Upload upload = new Upload();
    final com.vaadin.flow.component.checkbox.Checkbox keepPublished = new com.vaadin.flow.component.checkbox.Checkbox(
            "Keep published claims published");

    RestoreView(ProjectArchiveService archives) {
        addClassNames("fd-view");
        keepPublished.setTooltipText("Off: claims published in the backup come in as Needs review, to be published "
                + "again here");
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            var ui = UI.getCurrent();
            try {
                var project = archives.restore(new ByteArrayInputStream(bytes),
                        new RestoreOptions(java.util.Map.of(), keepPublished.getValue()));
                Notifications.success("Restored \"" + project.name() + "\" as a new project. You are its owner.");
                ui.navigate(org.factdesk.source.ui.SourceNavigation.sources(project.id()));
            } catch (InvalidInputException e) {
                Notifications.error(e.getMessage());
                // the refused file leaves the list, so that the next one can be dropped at once
                upload.clearFileList();
            }
        }));
        upload.setAcceptedFileTypes(".zip", "application/zip");
        upload.addFileRejectedListener(e -> Notifications.error("“" + e.getFileName() + "” is not a Factdesk backup: "
                + "choose the .zip file that “Download backup” on a project's Reports page made."));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(1024 * 1024 * 1024);
        upload.setDropLabel(new com.vaadin.flow.component.html.Span("Drop a Factdesk backup (.zip) here"));
        add(new ViewHeader("Restore a backup"), new Paragraph("A backup made with “Download backup” on a project's "
                + "Reports page becomes a new project here, with its sources, claims, verdicts, evidence, comments "
                + "and history. A backup's people keep their names as text (“Rita Novak (rita), restored from "
                + "backup”); nothing is attributed to an account here."), keepPublished, upload);
    }
}
