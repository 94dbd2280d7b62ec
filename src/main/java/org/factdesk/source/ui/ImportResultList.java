package org.factdesk.source.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.factdesk.source.ImportResult;

/** One line per file: imported, new version, duplicate of another document, or rejected with the reason. */
class ImportResultList extends Div {

    private int stored;

    ImportResultList() {
        addClassName("fd-import-results");
    }

    void add(ImportResult result) {
        var icon = switch (result.outcome()) {
            case IMPORTED, NEW_VERSION -> VaadinIcon.CHECK_CIRCLE.create();
            case DUPLICATE -> VaadinIcon.COPY_O.create();
            case REJECTED -> VaadinIcon.CLOSE_CIRCLE.create();
        };
        icon.addClassName("fd-import-icon");
        var name = new Span(result.fileName());
        name.addClassName("fd-import-name");
        var message = new Span(switch (result.outcome()) {
            case IMPORTED -> "Imported as \"" + result.title() + "\"";
            case NEW_VERSION, DUPLICATE, REJECTED -> result.message();
        });
        message.addClassName("fd-import-message");
        var row = new Div(icon, name, message);
        row.addClassNames("fd-import-row", "fd-import-" + result.outcome().name().toLowerCase());
        if (result.documentId() != null) {
            var open = new Anchor(SourceNavigation.document(result.documentId()), "Open");
            open.addClassName("fd-import-open");
            row.add(open);
        }
        add(row);
        if (result.stored()) {
            stored++;
        }
    }

    /** An archive handed to a background job: the line leads to the job's progress and results. */
    void addJob(String fileName, String jobHref) {
        var icon = VaadinIcon.TASKS.create();
        icon.addClassName("fd-import-icon");
        var name = new Span(fileName);
        name.addClassName("fd-import-name");
        var message = new Span("Importing in the background.");
        message.addClassName("fd-import-message");
        var open = new Anchor(jobHref, "Show progress");
        open.addClassName("fd-import-open");
        var row = new Div(icon, name, message, open);
        row.addClassNames("fd-import-row", "fd-import-job");
        add(row);
    }

    void addRejected(String fileName, String reason) {
        add(new ImportResult(fileName, ImportResult.Outcome.REJECTED, null, 0, null, reason));
    }

    int storedCount() {
        return stored;
    }
}
