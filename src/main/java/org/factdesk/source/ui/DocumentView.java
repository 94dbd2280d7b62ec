package org.factdesk.source.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.factdesk.base.ui.Times;
import org.factdesk.base.ui.Notifications;
import org.factdesk.base.ui.ViewHeader;
import org.factdesk.source.Document;
import org.factdesk.source.DocumentData;
import org.factdesk.source.DocumentId;
import org.factdesk.source.DocumentService;
import org.factdesk.source.DocumentText;
import org.factdesk.source.DocumentVersionInfo;
import org.factdesk.source.SourceImporter;
import org.factdesk.source.SourceType;
import org.factdesk.source.TextChange;
import org.factdesk.team.ProjectAccess;
import org.factdesk.team.ui.CurrentProject;

/** One source: its details (editable), its text laid out by structure, and its versions with a diff. */
@Route(SourceNavigation.DETAILS_ROUTE)
@PermitAll
class DocumentView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final java.time.format.DateTimeFormatter SHORT_WHEN = java.time.format.DateTimeFormatter
            .ofPattern("d MMM, HH:mm").withZone(java.time.ZoneId.systemDefault());

    private final DocumentService documents;
    private final SourceImporter importer;
    private final ProjectAccess access;
    private final Anchor back = new Anchor();
    private final ViewHeader header = new ViewHeader("");
    private final Div meta = new Div();
    private final Div datesNotice = new Div();
    private final Div body = new Div();
    private final Div side = new Div();
    private final Button edit = new Button("Edit details", VaadinIcon.EDIT.create());
    private final Button newVersion = new Button("New version", VaadinIcon.UPLOAD.create());
    private Document document;
    private boolean canEdit;
    private String title = "Document";

    DocumentView(DocumentService documents, SourceImporter importer, ProjectAccess access) {
        this.documents = documents;
        this.importer = importer;
        this.access = access;
        addClassNames("fd-view", "fd-view-wide");
        back.addClassName("fd-back");
        meta.addClassName("fd-doc-meta");
        datesNotice.addClassNames("fd-note", "fd-dates-notice");
        datesNotice.setVisible(false);
        edit.addClickListener(e -> openEditor());
        newVersion.addClickListener(e -> new UploadDialog(document.projectId(), document.id(), importer, null,
                () -> show(documents.get(document.id()), 0)).open());
        header.withActions(newVersion, edit);
        body.addClassName("fd-doc-body");
        side.addClassName("fd-doc-side");
        var columns = new Div(body, side);
        columns.addClassName("fd-doc-columns");
        add(back, header, meta, datesNotice, columns);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get(SourceNavigation.DOCUMENT_PARAMETER).flatMap(DocumentId::parse);
        try {
            show(documents.get(id.orElseThrow(() -> new org.factdesk.base.NotFoundException("no id"))), 0);
        } catch (org.factdesk.base.NotFoundException e) {
            event.rerouteToError(NotFoundException.class, "This document does not exist, or you may not see it.");
        }
    }

    /** Shows the document at a version; 0 means the current one. */
    private void show(Document shown, int versionNumber) {
        document = shown;
        CurrentProject.set(shown.projectId());
        var project = access.requireRead(shown.projectId());
        canEdit = project.role().canEditContent() && !project.project().data().archived();
        edit.setVisible(canEdit);
        newVersion.setVisible(canEdit);
        title = shown.data().title();
        back.setText("← Back to the reader");
        back.setHref(SourceNavigation.document(shown.id()));
        header.setTitle(shown.data().title());
        showMeta();
        showDatesNotice();
        DocumentText text = versionNumber == 0 ? documents.currentText(shown.id())
                : documents.text(shown.id(), versionNumber);
        body.removeAll();
        if (versionNumber != 0 && versionNumber != shown.currentVersion()) {
            var note = new Div(new Span("You are reading version " + versionNumber + " of " + shown.currentVersion() + ". "),
                    new Button("Back to the current version", e -> show(documents.get(shown.id()), 0)));
            note.addClassName("fd-note");
            body.add(note);
        }
        body.add(new StructuredText(text.text(), text.blocks()));
        showSide(text);
    }

    private void showMeta() {
        meta.removeAll();
        var d = document.data();
        addMeta("Outlet", d.outlet());
        addMeta("Author", d.author());
        addMeta("Published", d.publishedOn() == null ? null : Times.DATE.format(d.publishedOn()));
        addMeta("Type", d.sourceType().label());
        addMeta("Language", document.language());
        addMeta("Versions", String.valueOf(document.currentVersion()));
        if (d.url() != null) {
            var url = new Span(d.url());
            url.addClassName("fd-meta-url");
            addMeta("URL", url);
        }
    }

    private static final List<String> COUNTS = List.of("Two", "Three", "Four", "Five");

    /**
     * A source that states two dates for itself ("July 25, 2024" above the headline, "Jan 24, 2024" above the body)
     * says so, with the one Factdesk reads it as of and why, and a button per other date: the editor decides, and
     * the change goes through the ordinary metadata edit, which resolves the claims' dates again.
     */
    private void showDatesNotice() {
        datesNotice.removeAll();
        var others = document.otherStatedDates();
        datesNotice.setVisible(!others.isEmpty());
        if (others.isEmpty()) {
            return;
        }
        var stated = document.statedDates();
        String count = stated.size() - 2 < COUNTS.size() ? COUNTS.get(stated.size() - 2) : String.valueOf(stated.size());
        var names = stated.stream().map(Times.DATE::format).toList();
        String listed = String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
        var published = document.data().publishedOn();
        String reading = published == null ? "Factdesk reads the text without a date of its own."
                : "Factdesk reads the text as of " + Times.DATE.format(published) + reason(document.dateOrigin()) + ".";
        var text = new Span(count + " dates: " + listed + ". " + reading);
        text.addClassName("fd-dates-notice-text");
        datesNotice.add(VaadinIcon.CALENDAR_CLOCK.create(), text);
        if (canEdit) {
            for (var other : others) {
                var use = new Button("Use " + Times.DATE.format(other), e -> useDate(other));
                use.addThemeVariants(ButtonVariant.LUMO_SMALL);
                datesNotice.add(use);
            }
        }
    }

    private static String reason(org.factdesk.source.DateOrigin origin) {
        if (origin == null) {
            return "";
        }
        return switch (origin) {
            case DATE_LINE -> ", the date nearest the start of the text";
            case METADATA -> ", the date in the file's own metadata";
            case EDITOR -> ", as an editor set it";
        };
    }

    private void useDate(java.time.LocalDate date) {
        var d = document.data();
        try {
            var updated = documents.updateMetadata(document.id(), document.version(), new DocumentData(d.title(),
                    d.outlet(), d.author(), date, d.url(), d.sourceType()), document.language());
            Notifications.success("Factdesk now reads the text as of " + Times.DATE.format(date)
                    + "; its claims' dates were resolved again.");
            show(updated, 0);
        } catch (org.factdesk.base.ConflictException conflict) {
            Notifications.error("Someone else changed these details meanwhile. Their version is shown now; "
                    + "choose the date again.");
            show(documents.get(document.id()), 0);
        }
    }

    private void showSide(DocumentText shownText) {
        side.removeAll();
        var versions = documents.versions(document.id());
        var grid = new Grid<DocumentVersionInfo>();
        grid.addColumn(v -> "v" + v.number()).setHeader("").setWidth("3.5rem").setFlexGrow(0);
        grid.addColumn(v -> v.format().label()).setHeader("Format").setFlexGrow(1)
                .setTooltipGenerator(v -> v.originalName() == null ? v.format().label() : v.originalName());
        grid.addColumn(v -> SHORT_WHEN.format(v.createdAt())).setHeader("Imported").setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(v -> Times.WHEN.format(v.createdAt()) + " by " + v.importedBy());
        grid.setItems(versions);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> show(document, e.getItem().number()));
        grid.addClassName("fd-versions");
        var versionsBox = new Div(new H2("Versions"), grid);
        versionsBox.addClassName("fd-side-section");
        if (versions.size() > 1) {
            var older = new Select<Integer>();
            var newer = new Select<Integer>();
            var numbers = versions.stream().map(DocumentVersionInfo::number).toList();
            older.setItems(numbers);
            newer.setItems(numbers);
            older.setItemLabelGenerator(n -> "v" + n);
            newer.setItemLabelGenerator(n -> "v" + n);
            older.setAriaLabel("Older version");
            newer.setAriaLabel("Newer version");
            newer.setValue(numbers.get(0));
            older.setValue(numbers.get(1));
            var compare = new Button("Compare", e -> showDiff(older.getValue(), newer.getValue()));
            var row = new Div(older, new Span("→"), newer, compare);
            row.addClassName("fd-compare-row");
            versionsBox.add(row);
        }
        side.add(versionsBox);
        if (!shownText.links().isEmpty()) {
            var links = new Div();
            links.addClassName("fd-links");
            shownText.links().stream().limit(200).forEach(link -> {
                var item = new Div(new Span(link.text().isBlank() ? link.url() : link.text()), new Span(link.url()));
                item.addClassName("fd-link");
                links.add(item);
            });
            var details = new Details("Links in this source (" + shownText.links().size() + ")", links);
            details.addClassName("fd-side-section");
            side.add(details);
        }
    }

    private void showDiff(Integer older, Integer newer) {
        if (older == null || newer == null || older.equals(newer)) {
            Notifications.error("Choose two different versions to compare.");
            return;
        }
        int a = Math.min(older, newer);
        int b = Math.max(older, newer);
        body.removeAll();
        var note = new Div(new Span("Changes from version " + a + " to " + b + ". "),
                new Button("Back to the text", e -> show(documents.get(document.id()), 0)));
        note.addClassName("fd-note");
        var diff = new Div();
        diff.addClassName("fd-diff");
        for (TextChange change : documents.compare(document.id(), a, b)) {
            var run = new Div();
            run.setText(change.text());
            run.addClassName("fd-diff-" + change.kind().name().toLowerCase());
            diff.add(run);
        }
        body.add(note, diff);
    }

    private void openEditor() {
        var dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setHeaderTitle("Edit details");
        dialog.setWidth("40rem");
        var titleField = new TextField("Title");
        titleField.setRequiredIndicatorVisible(true);
        var outlet = new TextField("Outlet / publisher");
        var author = new TextField("Author / byline");
        var published = org.factdesk.base.ui.DateFields.accepting(new DatePicker("Published"));
        var url = new TextField("URL");
        var type = new Select<SourceType>();
        type.setLabel("Source type");
        type.setItems(SourceType.values());
        type.setItemLabelGenerator(SourceType::label);
        var language = new TextField("Language");
        language.setValue(nullToEmpty(document.language()));
        language.setHelperText("ISO code, e.g. en, ar, de");
        language.setMaxLength(35); // the service's limit: the field cannot take more than it may save
        // each field of the record once, with the limits the service keeps, in words an editor can act on
        var binder = new com.vaadin.flow.data.binder.Binder<>(DocumentData.class);
        binder.forField(titleField).asRequired("A document needs a title.")
                .withValidator(new StringLengthValidator("The title has at most 500 characters.", 0, 500))
                .bind("title");
        binder.forField(outlet).withNullRepresentation("")
                .withValidator(new StringLengthValidator("The outlet has at most 200 characters.", 0, 200))
                .bind("outlet");
        binder.forField(author).withNullRepresentation("")
                .withValidator(new StringLengthValidator("The author has at most 300 characters.", 0, 300))
                .bind("author");
        binder.forField(published).bind("publishedOn");
        binder.forField(url).withNullRepresentation("")
                .withValidator(new StringLengthValidator("The address has at most 2,000 characters.", 0, 2_000))
                .withValidator(u -> u == null || u.isBlank() || org.factdesk.base.WebAddress.isWeb(u.strip()),
                        "Give a web address that starts with https:// or http://.")
                .bind("url");
        binder.forField(type).asRequired("Choose a source type.").bind("sourceType");
        binder.readBean(document.data());
        var form = new FormLayout(titleField, outlet, author, published, type, language, url);
        form.setColspan(titleField, 2);
        form.setColspan(url, 2);
        dialog.add(form);
        var save = new Button("Save", e -> {
            DocumentData data;
            try {
                data = binder.writeRecord();
            } catch (com.vaadin.flow.data.binder.ValidationException invalid) {
                return;
            }
            try {
                var updated = documents.updateMetadata(document.id(), document.version(), data, language.getValue());
                dialog.close();
                Notifications.success("Saved.");
                show(updated, 0);
            } catch (org.factdesk.base.ConflictException conflict) {
                Notifications.error("Someone else changed these details meanwhile. Their version is shown now; "
                        + "make your change again.");
                dialog.close();
                show(documents.get(document.id()), 0);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
        titleField.focus();
    }

    private void addMeta(String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        addMeta(label, new Span(value));
    }

    private void addMeta(String label, Component value) {
        var l = new Span(label);
        l.addClassName("fd-meta-label");
        value.addClassName("fd-meta-value");
        var item = new Div(l, value);
        item.addClassName("fd-meta-item");
        meta.add(item);
    }

    @Override
    public String getPageTitle() {
        return title + " · Factdesk";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
