package org.factdesk.report.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.ui.Notifications;
import org.factdesk.base.ui.ViewHeader;
import org.factdesk.claim.ClaimQuery;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.report.ExportCancelledException;
import org.factdesk.report.ExportFormat;
import org.factdesk.report.ExportOptions;
import org.factdesk.report.ExportProgress;
import org.factdesk.report.ExportRequest;
import org.factdesk.report.ProjectArchiveService;
import org.factdesk.report.ReportService;
import org.factdesk.source.Document;
import org.factdesk.source.DocumentService;
import org.factdesk.team.MyProject;
import org.factdesk.team.ProjectId;
import org.factdesk.team.ui.ProjectScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The report builder: scope, format and options; the export runs in the background with progress and can
 * be cancelled, and the file is offered for download when it is ready. Also the project's backup.
 */
@Route(ReportNavigation.REPORTS_ROUTE)
@PageTitle("Reports · Factdesk")
@PermitAll
class ReportsView extends Main implements BeforeEnterObserver {

    enum Scope {
        PROJECT("The whole project"), DOCUMENT("One source"), STATUS("Claims with a status"),
        FILTER("The claims list's filter");

        final String label;

        Scope(String label) {
            this.label = label;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(ReportsView.class);

    private final ProjectScope projectScope;
    private final ReportService reports;
    private final ProjectArchiveService archives;
    private final DocumentService documents;
    private final ViewHeader header = new ViewHeader("Reports");
    final RadioButtonGroup<Scope> scope = new RadioButtonGroup<>("Scope");
    final ComboBox<Document> document = new ComboBox<>("Source");
    final Select<ClaimStatus> status = new Select<>();
    final RadioButtonGroup<ExportFormat> format = new RadioButtonGroup<>("Format");
    final Checkbox rationale = new Checkbox("Rationale", true);
    final Checkbox evidence = new Checkbox("Evidence", true);
    final Checkbox comments = new Checkbox("Comments");
    final Checkbox history = new Checkbox("History summary");
    final Checkbox dismissed = new Checkbox("Dismissed claims");
    final Checkbox unreviewed = new Checkbox("Include claims without a verdict");
    final Checkbox bom = new Checkbox("Byte-order mark, so that Excel reads UTF-8");
    private final Span coverage = new Span();
    final Button export = new Button("Export");
    final Button cancel = new Button("Cancel");
    private final ProgressBar progressBar = new ProgressBar();
    private final Span progressText = new Span();
    final Div result = new Div();
    private final Div backup = new Div();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private MyProject project;
    private ClaimQuery listFilter = ClaimQuery.all();
    private String listFilterText = "";
    private Path lastFile;
    CompletableFuture<Void> running;

    private final org.factdesk.base.BackgroundTasks tasks;

    ReportsView(ProjectScope projectScope, ReportService reports, ProjectArchiveService archives,
                DocumentService documents, org.factdesk.base.BackgroundTasks tasks) {
        this.tasks = tasks;
        // an export nobody waits for any more stops: the editor closed the page or went elsewhere
        addDetachListener(e -> cancelled.set(true));
        this.projectScope = projectScope;
        this.reports = reports;
        this.archives = archives;
        this.documents = documents;
        addClassNames("fd-view", "fd-reports");
        scope.setItemLabelGenerator(s -> s == Scope.FILTER ? s.label + ": " + listFilterText : s.label);
        document.setItemLabelGenerator(d -> d.data().title());
        document.setWidth("28rem");
        document.setPlaceholder("Choose a source");
        status.setLabel("Status");
        status.setItems(ClaimStatus.values());
        status.setItemLabelGenerator(ClaimStatus::label);
        status.setValue(ClaimStatus.PUBLISHED);
        format.setItems(ExportFormat.values());
        format.setItemLabelGenerator(f -> f.label);
        format.setValue(ExportFormat.HTML);
        format.addClassName("fd-format-choice");
        scope.addValueChangeListener(e -> refresh());
        document.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        format.addValueChangeListener(e -> refresh());
        dismissed.addValueChangeListener(e -> refresh());
        unreviewed.addValueChangeListener(e -> refresh());
        var options = new Div(rationale, evidence, comments, history, dismissed, unreviewed, bom);
        options.addClassName("fd-report-options");
        export.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        export.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        export.setTooltipText("Ctrl+Enter");
        export.addClickListener(e -> start());
        cancel.addClickListener(e -> cancelled.set(true));
        cancel.setVisible(false);
        progressBar.setVisible(false);
        progressBar.setWidth("22rem");
        coverage.addClassName("fd-muted");
        result.addClassName("fd-report-result");
        var actions = new Div(export, cancel, progressBar, progressText);
        actions.addClassName("fd-form-actions");
        var builder = new Div(new H2("Export a report"), scope, document, status, format, new H2("Include"), options,
                coverage, actions, result);
        builder.addClassName("fd-side-section");
        backup.addClassName("fd-side-section");
        add(header, builder, backup);
    }


    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectScope.enter(event).ifPresent(p -> {
            project = p;
            header.withSubtitle(p.name());
            listFilter = ClaimQuery.fromParameters(event.getLocation().getQueryParameters().getParameters());
            boolean fromList = !listFilter.equals(ClaimQuery.all());
            listFilterText = fromList ? reports.describe(p.id(), listFilter) : "";
            scope.setItems(fromList ? List.of(Scope.values()) : List.of(Scope.PROJECT, Scope.DOCUMENT, Scope.STATUS));
            document.setItems(documents.list(p.id()));
            scope.setValue(fromList ? Scope.FILTER : Scope.PROJECT);
            renderBackup();
            refresh();
        });
    }

    private void renderBackup() {
        backup.removeAll();
        // the archive streams straight to the browser; nothing of it stays in memory
        var download = new Anchor((DownloadHandler) event -> {
            event.setFileName(archives.fileName(project.id()));
            event.setContentType("application/zip");
            try (OutputStream out = event.getOutputStream()) {
                archives.export(project.id(), out);
            }
        }, "Download backup (.zip)");
        download.addClassName("fd-download");
        var restore = new Anchor(ReportNavigation.restore(), "Restore a backup as a new project");
        backup.add(new H2("Backup"), new Paragraph("The whole project as one file: sources with their original files, "
                + "claims, verdicts, evidence, comments and all history. Restore it here or on another Factdesk."),
                new Div(download), new Div(restore));
    }

    private ExportRequest request() {
        var query = switch (scope.getValue() == null ? Scope.PROJECT : scope.getValue()) {
            case PROJECT -> ClaimQuery.all();
            case DOCUMENT -> new ClaimQuery(document.getValue() == null ? null : document.getValue().id(), null, null,
                    null, null, null, null, null);
            case STATUS -> new ClaimQuery(null, null, status.getValue(), null, null, null, null, null);
            case FILTER -> listFilter;
        };
        return new ExportRequest(project.id(), format.getValue(), query, new ExportOptions(rationale.getValue(),
                evidence.getValue(), comments.getValue(), history.getValue(), dismissed.getValue(),
                unreviewed.getValue(), bom.getValue()));
    }

    private void refresh() {
        if (project == null) {
            return;
        }
        document.setVisible(scope.getValue() == Scope.DOCUMENT);
        status.setVisible(scope.getValue() == Scope.STATUS);
        bom.setVisible(format.getValue() == ExportFormat.CSV);
        if (scope.getValue() == Scope.DOCUMENT && document.getValue() == null) {
            coverage.setText("Choose a source to report on.");
            export.setEnabled(false);
            return;
        }
        int claims = reports.count(request());
        String note = format.getValue() == ExportFormat.CLAIMREVIEW ? " ClaimReview lists the published ones among them."
                : format.getValue() == ExportFormat.PDF && claims > 2_000 ? " A PDF this large takes a minute or more." : "";
        coverage.setText("Covers " + String.format(Locale.ENGLISH, "%,d", claims) + (claims == 1 ? " claim." : " claims.")
                + note);
        export.setEnabled(running == null);
    }

    private void start() {
        var request = request();
        String fileName;
        try {
            fileName = reports.prepare(request);
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
            return;
        }
        var ui = UI.getCurrent();
        deleteLastFile();
        result.removeAll();
        cancelled.set(false);
        export.setEnabled(false);
        cancel.setVisible(true);
        progressBar.setVisible(true);
        progressBar.setValue(0);
        progressText.setText("Starting…");
        Path file;
        try {
            file = Files.createTempFile("factdesk-export-", "." + request.format().extension);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lastFile = file;
        var progress = new ExportProgress() {
            private long lastShown;

            @Override
            public void progressed(int done, int total) {
                long now = System.nanoTime();
                if (now - lastShown > 200_000_000L || done == total) {
                    lastShown = now;
                    ui.access(() -> {
                        progressBar.setValue(total == 0 ? 1 : (double) done / total);
                        progressText.setText(String.format(Locale.ENGLISH, "%,d of %,d claims", done, total)
                                + (request.format() == ExportFormat.PDF && done == total ? " · laying out pages…" : ""));
                    });
                }
            }

            @Override
            public boolean cancelled() {
                return cancelled.get();
            }
        };
        try {
            running = tasks.run(() -> {
                String failure = null;
                try (OutputStream out = Files.newOutputStream(file)) {
                    reports.export(request, out, progress);
                } catch (ExportCancelledException e) {
                    failure = cancelled.get() ? "Export cancelled. Nothing was saved." : e.getMessage();
                } catch (InvalidInputException e) {
                    failure = e.getMessage();
                } catch (IOException | RuntimeException e) {
                    log.error("Export of project {} as {} failed", request.projectId(), request.format(), e);
                    failure = "The export failed. It was logged; try again, and tell your administrator if it repeats.";
                }
                String shown = failure;
                ui.access(() -> finished(file, fileName, shown));
            });
        } catch (InvalidInputException busy) {
            finished(file, fileName, busy.getMessage());
        }
    }

    private void finished(Path file, String fileName, String failure) {
        running = null;
        export.setEnabled(true);
        cancel.setVisible(false);
        progressBar.setVisible(false);
        progressText.setText("");
        if (failure != null) {
            deleteLastFile();
            Notifications.error(failure);
            return;
        }
        var download = new Anchor(DownloadHandler.forFile(file.toFile(), fileName), "Download " + fileName);
        download.addClassName("fd-download");
        long size = file.toFile().length();
        result.add(download, new Span(" · " + (size < 1024 * 1024 ? Math.max(1, size / 1024) + " KB"
                : String.format(Locale.ENGLISH, "%.1f MB", size / 1048576.0))));
        Notifications.success("Your report is ready.");
        // start the download at once; the link stays for another copy
        download.getElement().executeJs("this.click()");
    }

    private void deleteLastFile() {
        if (lastFile != null) {
            try {
                Files.deleteIfExists(lastFile);
            } catch (IOException e) {
                log.warn("Could not delete the export file {}", lastFile, e);
            }
            lastFile = null;
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        cancelled.set(true);
        deleteLastFile();
        super.onDetach(detachEvent);
    }
}
