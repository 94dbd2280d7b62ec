package org.factdesk.report.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
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
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.ui.Notifications;
import org.factdesk.base.ui.ViewHeader;
import org.factdesk.claim.ClaimQuery;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.job.Job;
import org.factdesk.job.JobKind;
import org.factdesk.job.JobService;
import org.factdesk.job.ui.JobPanel;
import org.factdesk.job.ui.JobPanels;
import org.factdesk.report.ExportFormat;
import org.factdesk.report.ExportOptions;
import org.factdesk.report.ExportRequest;
import org.factdesk.report.ProjectArchiveService;
import org.factdesk.report.ReportJobs;
import org.factdesk.report.ReportService;
import org.factdesk.source.Document;
import org.factdesk.source.DocumentService;
import org.factdesk.team.CurrentUser;
import org.factdesk.team.MyProject;
import org.factdesk.team.ProjectId;
import org.factdesk.team.ui.ProjectScope;

/**
 * The report builder: scope, format and options; the export runs as a job (on any instance, also after a restart)
 * followed here with its progress and a cancel, and its file is offered for download when it is ready, here and on
 * the Jobs page. Also the project's backup.
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
    final Checkbox timeline = new Checkbox("Timeline");
    final Checkbox agreement = new Checkbox("Agreement rounds");
    private final Span coverage = new Span();
    final Button export = new Button("Export");
    final Div result = new Div();
    private final Div backup = new Div();
    private MyProject project;
    private ClaimQuery listFilter = ClaimQuery.all();
    private String listFilterText = "";
    JobPanel running;

    private final ReportJobs exportJobs;
    private final JobPanels panels;
    private final JobService jobs;
    private final CurrentUser currentUser;

    ReportsView(ProjectScope projectScope, ReportService reports, ProjectArchiveService archives,
                DocumentService documents, ReportJobs exportJobs, JobPanels panels, JobService jobs,
                CurrentUser currentUser) {
        this.currentUser = currentUser;
        // an export is a job: it goes on when the page is left, and waits on the Jobs page for its download
        this.exportJobs = exportJobs;
        this.panels = panels;
        this.jobs = jobs;
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
        var options = new Div(rationale, evidence, comments, history, dismissed, unreviewed, timeline, agreement, bom);
        options.addClassName("fd-report-options");
        export.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        export.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        export.setTooltipText("Ctrl+Enter");
        export.addClickListener(e -> start());
        coverage.addClassName("fd-muted");
        result.addClassName("fd-report-result");
        var actions = new Div(export);
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
            lastExport(p.id());
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
        var why = archives.whyNoBackup(project.id());
        var get = why.<com.vaadin.flow.component.Component>map(reason -> {
            var note = new Paragraph(reason);
            note.addClassName("fd-muted");
            return note;
        }).orElse(download);
        backup.add(new H2("Backup"), new Paragraph("The whole project as one file: sources with their original files, "
                + "claims, verdicts, evidence, comments and all history. Restore it here or on another Factdesk."),
                new Div(get), new Div(restore));
    }

    /** The signed-in user's latest export of the project, as they left it: running, or with its file. */
    private void lastExport(ProjectId project) {
        if (running != null) {
            return;
        }
        var me = currentUser.requireId();
        jobs.list(project, 30).stream()
                .filter(j -> j.data().kind() == JobKind.EXPORT && j.data().owner().equals(me))
                .findFirst().ifPresent(j -> show(j, false));
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
                unreviewed.getValue(), bom.getValue(), timeline.getValue(), agreement.getValue()));
    }

    private void refresh() {
        if (project == null) {
            return;
        }
        document.setVisible(scope.getValue() == Scope.DOCUMENT);
        status.setVisible(scope.getValue() == Scope.STATUS);
        bom.setVisible(format.getValue() == ExportFormat.CSV || format.getValue() == ExportFormat.LINKS);
        timeline.setVisible(format.getValue() == ExportFormat.HTML || format.getValue() == ExportFormat.PDF
                || format.getValue() == ExportFormat.JSON);
        agreement.setVisible(timeline.isVisible());
        if (scope.getValue() == Scope.DOCUMENT && document.getValue() == null) {
            coverage.setText("Choose a source to report on.");
            export.setEnabled(false);
            return;
        }
        int claims = reports.count(request());
        String note = format.getValue() == ExportFormat.CLAIMREVIEW ? " ClaimReview lists the published ones among them."
                : format.getValue() == ExportFormat.LINKS ? " One row for each of their links to other sources."
                : format.getValue() == ExportFormat.PDF && claims > 2_000 ? " A PDF this large takes a minute or more." : "";
        coverage.setText("Covers " + String.format(Locale.ENGLISH, "%,d", claims) + (claims == 1 ? " claim." : " claims.")
                + note);
        export.setEnabled(running == null || running.job().data().state().finished());
    }

    private void start() {
        Job job;
        try {
            job = exportJobs.export(request());
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
            return;
        }
        show(job, true);
    }

    /** Follows the export live; once done, its file is offered (and, for the export just started, downloaded). */
    private void show(Job job, boolean download) {
        result.removeAll();
        running = panels.follow(job, ended -> finished(ended, download));
        result.add(running);
        refresh();
    }

    private void finished(Job job, boolean download) {
        refresh();
        switch (job.data().state()) {
            case DONE -> {
                Notifications.success("Your report is ready.");
                if (download) {
                    // start the download at once; the link stays for another copy, here and on the Jobs page
                    running.download().ifPresent(a -> a.getElement().executeJs("this.click()"));
                }
            }
            case FAILED -> Notifications.error(job.data().message() == null ? "The export failed."
                    : job.data().message());
            default -> {
            }
        }
    }
}
