package org.factdesk.source.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.factdesk.source.DocumentId;
import org.factdesk.source.ImportRequest;
import org.factdesk.source.SourceImporter;
import org.factdesk.team.ProjectId;

/**
 * Many files at once, by drag and drop or the file chooser. The Upload component shows each file's
 * progress; as each arrives it is imported on its own, and its result is listed right away.
 */
class UploadDialog extends Dialog {

    static final String ACCEPTED = ".txt,.text,.md,.markdown,.html,.htm,.xhtml,.pdf,.docx";

    private final ImportResultList results = new ImportResultList();

    UploadDialog(ProjectId projectId, DocumentId newVersionOf, SourceImporter importer, Runnable onImported) {
        setHeaderTitle(newVersionOf == null ? "Upload sources" : "Upload a new version");
        setWidth("44rem");
        var ui = UI.getCurrent();
        var upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            var result = importer.importOne(projectId, new ImportRequest(metadata.fileName(), metadata.contentType(),
                    bytes, null, newVersionOf, null));
            ui.access(() -> {
                results.add(result);
                if (result.stored()) {
                    onImported.run();
                }
            });
        }));
        upload.setAcceptedFileTypes(ACCEPTED.split(","));
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, importer.maxFileSize()));
        upload.setMaxFiles(newVersionOf == null ? 200 : 1);
        upload.setDropAllowed(true);
        // the upload's own list would tick every file that arrived, imported or not: the results below say which
        upload.addAllFinishedListener(e -> upload.clearFileList());
        upload.setWidthFull();
        upload.addFileRejectedListener(e -> results.addRejected(e.getFileName(), e.getErrorMessage()
                + " (files up to " + importer.maxFileSize() / (1024 * 1024) + " MB: text, Markdown, HTML, PDF, DOCX)"));
        add(new Paragraph(newVersionOf == null
                ? "Drop files here or choose them: text, Markdown, HTML, PDF or Word (DOCX), up to "
                        + importer.maxFileSize() / (1024 * 1024) + " MB each. Each file is imported on its own."
                : "The new file becomes the next version of this document; earlier versions stay."), upload, results);
        var done = new Button("Done", e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }

    ImportResultList results() {
        return results;
    }
}
