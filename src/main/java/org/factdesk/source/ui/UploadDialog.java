package org.factdesk.source.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.factdesk.job.ui.JobNavigation;
import org.factdesk.source.BulkImports;
import org.factdesk.source.DocumentId;
import org.factdesk.source.ImportRequest;
import org.factdesk.source.SourceImporter;
import org.factdesk.source.ZipArchives;
import org.factdesk.team.ProjectId;

/**
 * Many files at once, by drag and drop or the file chooser. The Upload component shows each file's
 * progress; as each arrives it is imported on its own, and its result is listed right away.
 */
class UploadDialog extends Dialog {

    static final String ACCEPTED = ".txt,.text,.md,.markdown,.html,.htm,.xhtml,.pdf,.docx";

    private final ImportResultList results = new ImportResultList();

    /** What one ZIP upload may be; each file in it may be as large as one upload of its own. */
    static final long MAX_ARCHIVE = 2000L * 1024 * 1024;

    UploadDialog(ProjectId projectId, DocumentId newVersionOf, SourceImporter importer, BulkImports bulk,
                 Runnable onImported) {
        setHeaderTitle(newVersionOf == null ? "Upload sources" : "Upload a new version");
        setWidth("44rem");
        var ui = UI.getCurrent();
        // to a temporary file, so that a large ZIP never sits in memory; a ZIP becomes a background job
        var upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
            try {
                if (newVersionOf == null && isZip(metadata.fileName(), file)) {
                    try (var in = new java.io.BufferedInputStream(new java.io.FileInputStream(file))) {
                        var job = bulk.archive(projectId, metadata.fileName(), in);
                        ui.access(() -> results.addJob(metadata.fileName(), JobNavigation.job(projectId, job.id())));
                    }
                    return;
                }
                if (file.length() > importer.maxFileSize()) {
                    // the upload's limit is an archive's, larger than a single file's
                    ui.access(() -> results.addRejected(metadata.fileName(), "It is larger than "
                            + importer.maxFileSize() / (1024 * 1024) + " MB, the largest file an upload may be."));
                    return;
                }
                var result = importer.importOne(projectId, new ImportRequest(metadata.fileName(), metadata.contentType(),
                        java.nio.file.Files.readAllBytes(file.toPath()), null, newVersionOf, null));
                ui.access(() -> {
                    results.add(result);
                    if (result.stored()) {
                        onImported.run();
                    }
                });
            } finally {
                java.nio.file.Files.deleteIfExists(file.toPath());
            }
        }));
        upload.setAcceptedFileTypes((newVersionOf == null ? ACCEPTED + ",.zip" : ACCEPTED).split(","));
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, newVersionOf == null ? MAX_ARCHIVE : importer.maxFileSize()));
        upload.setMaxFiles(newVersionOf == null ? 200 : 1);
        upload.setDropAllowed(true);
        // the upload's own list would tick every file that arrived, imported or not: the results below say which
        upload.addAllFinishedListener(e -> upload.clearFileList());
        upload.setWidthFull();
        upload.addFileRejectedListener(e -> results.addRejected(e.getFileName(), e.getErrorMessage()
                + " (files up to " + importer.maxFileSize() / (1024 * 1024) + " MB: text, Markdown, HTML, PDF, DOCX)"));
        add(new Paragraph(newVersionOf == null
                ? "Drop files here or choose them: text, Markdown, HTML, PDF or Word (DOCX), up to "
                        + importer.maxFileSize() / (1024 * 1024) + " MB each. Each file is imported on its own. "
                        + "Hundreds of files? Drop them as one ZIP: it is imported in the background, with its "
                        + "progress under Jobs."
                : "The new file becomes the next version of this document; earlier versions stay."), upload, results);
        // "Show progress" leads to the jobs page: the dialog goes with the page it was opened on
        addAttachListener(attach -> {
            var registration = attach.getUI().addAfterNavigationListener(navigated -> close());
            addDetachListener(detach -> registration.remove());
        });
        var done = new Button("Done", e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }

    ImportResultList results() {
        return results;
    }

    private static boolean isZip(String name, java.io.File file) throws java.io.IOException {
        try (var in = new java.io.FileInputStream(file)) {
            return ZipArchives.isArchive(name, in.readNBytes(4));
        }
    }
}
