package org.factdesk.source.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.factdesk.base.ui.ViewHeader;
import org.factdesk.source.Document;
import org.factdesk.source.DocumentService;
import org.factdesk.team.ProjectId;
import org.factdesk.team.ui.ProjectScope;

@Route("projects/:projectId/sources")
@PageTitle("Sources · Factdesk")
@PermitAll
class SourcesView extends Main implements BeforeEnterObserver {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM, HH:mm")
            .withZone(ZoneId.systemDefault());

    private final ProjectScope scope;
    private final DocumentService documents;
    private final ViewHeader header = new ViewHeader("Sources");
    private final Grid<Document> grid = new Grid<>();
    private final Div empty = new Div();

    SourcesView(ProjectScope scope, DocumentService documents) {
        this.scope = scope;
        this.documents = documents;
        addClassName("fd-view");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(d -> d.data().title()).setHeader("Title").setFlexGrow(4).setSortable(true)
                .setTooltipGenerator(d -> d.data().title());
        grid.addColumn(d -> nullToEmpty(d.data().outlet())).setHeader("Outlet").setFlexGrow(2).setSortable(true)
                .setTooltipGenerator(d -> nullToEmpty(d.data().outlet()));
        grid.addColumn(d -> d.data().publishedOn() == null ? "" : DATE.format(d.data().publishedOn()))
                .setHeader("Date").setAutoWidth(true);
        grid.addColumn(d -> d.data().sourceType().label()).setHeader("Type").setAutoWidth(true);
        grid.addColumn(d -> WHEN.format(d.importedAt())).setHeader("Imported").setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(d -> "Imported by " + nullToEmpty(d.importedBy()));
        grid.addItemClickListener(e -> UI.getCurrent().navigate(DocumentView.path(e.getItem().id())));
        grid.setAllRowsVisible(true);
        grid.addClassName("fd-clickable-rows");
        empty.addClassName("fd-empty");
        empty.setText("No sources in this project yet.");
        add(header, grid, empty);
    }

    static String path(ProjectId id) {
        return "projects/" + id + "/sources";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        scope.enter(event).ifPresent(project -> {
            header.withSubtitle(project.name());
            var list = documents.list(project.id());
            grid.setItems(list);
            grid.setVisible(!list.isEmpty());
            empty.setVisible(list.isEmpty());
        });
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
