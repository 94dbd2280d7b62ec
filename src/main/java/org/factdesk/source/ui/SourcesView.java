package org.factdesk.source.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.factdesk.base.ui.Times;
import org.factdesk.base.ui.Notifications;
import org.factdesk.base.ui.ViewHeader;
import org.factdesk.source.Document;
import org.factdesk.source.DocumentQuery;
import org.factdesk.source.DocumentService;
import org.factdesk.source.DocumentSort;
import org.factdesk.source.ImportResult;
import org.factdesk.source.SourceImporter;
import org.factdesk.source.SourceType;
import org.factdesk.team.MyProject;
import org.factdesk.team.ProjectId;
import org.factdesk.team.ui.ProjectScope;

@Route(SourceNavigation.SOURCES_ROUTE)
@PageTitle("Sources · Factdesk")
@PermitAll
class SourcesView extends Main implements BeforeEnterObserver {


    private final ProjectScope scope;
    private final DocumentService documents;
    private final SourceImporter importer;
    private final org.factdesk.source.BulkImports bulk;
    private final ViewHeader header = new ViewHeader("Sources");
    private final Grid<Document> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<String> outlet = new ComboBox<>();
    private final Select<SourceType> type = new Select<>();
    private final DatePicker from = org.factdesk.base.ui.DateFields.accepting(new DatePicker());
    private final DatePicker to = org.factdesk.base.ui.DateFields.accepting(new DatePicker());
    private final Div empty = new Div();
    private final Button upload = new Button("Upload files", VaadinIcon.UPLOAD.create());
    private final Button paste = new Button("Paste text", VaadinIcon.PASTE.create());
    private final Button fromUrl = new Button("Add from URL", VaadinIcon.GLOBE.create());
    private MyProject project;

    private final org.factdesk.base.BackgroundTasks tasks;

    SourcesView(ProjectScope scope, DocumentService documents, SourceImporter importer,
                org.factdesk.source.BulkImports bulk,
                org.factdesk.base.BackgroundTasks tasks) {
        this.tasks = tasks;
        this.scope = scope;
        this.documents = documents;
        this.importer = importer;
        this.bulk = bulk;
        addClassNames("fd-view", "fd-view-wide");

        upload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        upload.addClickListener(e -> new UploadDialog(project.id(), null, importer, bulk, this::refresh).open());
        upload.addClickShortcut(Key.KEY_U, KeyModifier.ALT);
        upload.setTooltipText("Alt+U");
        paste.addClickListener(e -> new PasteDialog(project.id(), importer, this::imported).open());
        fromUrl.addClickListener(e -> new UrlDialog(project.id(), importer, tasks, this::imported).open());
        header.withActions(fromUrl, paste, upload);

        search.setPlaceholder("Search titles and text");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setAriaLabel("Search");
        search.addClassName("fd-filter-search");
        // reader.js focuses it on "/", unless the editor is typing somewhere (a Vaadin shortcut would eat the slash)
        search.getElement().setAttribute("data-fd-search", true);
        outlet.setPlaceholder("Any outlet");
        outlet.setClearButtonVisible(true);
        outlet.setAriaLabel("Outlet");
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption("Any type");
        type.setItems(SourceType.values());
        type.setItemLabelGenerator(t -> t == null ? "Any type" : t.label());
        type.setAriaLabel("Type");
        from.setPlaceholder("From");
        from.setAriaLabel("Published from");
        from.setClearButtonVisible(true);
        to.setPlaceholder("To");
        to.setAriaLabel("Published to");
        to.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());
        outlet.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        var filters = new Div(search, outlet, type, from, to);
        filters.addClassName("fd-filters");

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(d -> d.data().title()).setHeader("Title").setKey("title").setFlexGrow(4).setSortable(true)
                .setTooltipGenerator(d -> d.data().title());
        grid.addColumn(d -> nullToEmpty(d.data().outlet())).setHeader("Outlet").setKey("outlet").setFlexGrow(2)
                .setSortable(true).setTooltipGenerator(d -> nullToEmpty(d.data().outlet()));
        grid.addColumn(d -> d.data().publishedOn() == null ? "" : Times.DATE.format(d.data().publishedOn()))
                .setHeader("Date").setKey("date").setSortable(true).setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(d -> d.data().sourceType().label()).setHeader("Type").setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(d -> nullToEmpty(d.importedBy())).setHeader("Imported by").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(d -> Times.WHEN.format(d.importedAt())).setHeader("Imported at").setKey("imported")
                .setSortable(true).setWidth("11.5rem").setFlexGrow(0);
        org.factdesk.base.ui.GridRows.openOnClickOrEnter(grid,
                d -> SourceNavigation.navigateToDocument(d.id()));
        grid.addClassName("fd-clickable-rows");
        grid.setPageSize(50);
        grid.setHeight("calc(100vh - 17rem)");
        grid.setMinHeight("18rem");
        empty.addClassName("fd-empty");
        add(header, filters, grid, empty);
    }


    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        scope.enter(event).ifPresent(p -> {
            project = p;
            header.withSubtitle(p.name());
            boolean canEdit = p.role().canEditContent() && !p.project().data().archived();
            upload.setVisible(canEdit);
            paste.setVisible(canEdit);
            fromUrl.setVisible(canEdit);
            outlet.setItems(documents.outlets(p.id()));
            grid.setItems(query -> documents.find(p.id(), query(), sortOf(query.getSortOrders()), query.getOffset(),
                    query.getLimit()).stream(), query -> documents.count(p.id(), query()));
            updateEmptyState();
        });
    }

    private DocumentQuery query() {
        return new DocumentQuery(search.getValue(), outlet.getValue(), type.getValue(), from.getValue(), to.getValue());
    }

    private static DocumentSort sortOf(List<com.vaadin.flow.data.provider.QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return DocumentSort.NEWEST_FIRST;
        }
        var order = orders.getFirst();
        boolean ascending = order.getDirection() == SortDirection.ASCENDING;
        return switch (order.getSorted()) {
            case "title" -> ascending ? DocumentSort.TITLE : DocumentSort.TITLE_DESCENDING;
            case "outlet" -> ascending ? DocumentSort.OUTLET : DocumentSort.OUTLET_DESCENDING;
            case "imported" -> DocumentSort.RECENTLY_IMPORTED;
            default -> ascending ? DocumentSort.OLDEST_FIRST : DocumentSort.NEWEST_FIRST;
        };
    }

    private void imported(ImportResult result) {
        Notifications.success(result.outcome() == ImportResult.Outcome.DUPLICATE ? result.message()
                : result.outcome() == ImportResult.Outcome.NEW_VERSION ? result.message()
                : "Imported \"" + result.title() + "\".");
        refresh();
    }

    private void refresh() {
        if (project == null) {
            return;
        }
        grid.getDataProvider().refreshAll();
        // new items would clear the outlet just picked: only a new outlet among the sources replaces them
        var outlets = documents.outlets(project.id());
        if (!outlets.equals(outlet.getListDataView().getItems().toList())) {
            var picked = outlet.getValue();
            outlet.setItems(outlets);
            outlet.setValue(outlets.contains(picked) ? picked : null);
        }
        updateEmptyState();
    }

    private void updateEmptyState() {
        boolean filtered = !(search.isEmpty() && outlet.isEmpty() && type.isEmpty() && from.isEmpty() && to.isEmpty());
        int count = documents.count(project.id(), query());
        grid.setVisible(count > 0);
        empty.setVisible(count == 0);
        empty.setText(filtered ? "No source matches these filters."
                : project.role().canEditContent() ? "No sources yet. Upload files, paste text or add a web address."
                : "No sources in this project yet.");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
