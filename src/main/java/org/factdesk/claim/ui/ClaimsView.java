package org.factdesk.claim.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.factdesk.base.ui.ViewHeader;
import org.factdesk.claim.ClaimQuery;
import org.factdesk.claim.ClaimRow;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimSort;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.Signal;
import org.factdesk.source.Document;
import org.factdesk.source.DocumentService;
import org.factdesk.team.MyProject;
import org.factdesk.team.ProjectId;
import org.factdesk.team.ui.ProjectScope;

/** Every claim of a project in one lazy list, with the filters a desk needs. */
@Route("projects/:projectId/claims")
@PageTitle("Claims · Factdesk")
@PermitAll
class ClaimsView extends Main implements BeforeEnterObserver {

    private final ProjectScope scope;
    private final ClaimService claims;
    private final DocumentService documents;
    private final ViewHeader header = new ViewHeader("Claims");
    private final Grid<ClaimRow> grid = new Grid<>();
    private final TextField text = new TextField();
    private final ComboBox<Document> document = new ComboBox<>();
    private final ComboBox<String> outlet = new ComboBox<>();
    private final Select<ClaimStatus> status = new Select<>();
    private final IntegerField minScore = new IntegerField();
    private final IntegerField maxScore = new IntegerField();
    private final Checkbox hasFigure = new Checkbox("With a figure");
    private final TextField claimant = new TextField();
    private MyProject project;

    ClaimsView(ProjectScope scope, ClaimService claims, DocumentService documents) {
        this.scope = scope;
        this.claims = claims;
        this.documents = documents;
        addClassNames("fd-view", "fd-view-wide");

        text.setPlaceholder("Search claims");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setAriaLabel("Search claims");
        text.addFocusShortcut(Key.SLASH);
        document.setPlaceholder("Any document");
        document.setItemLabelGenerator(d -> d.data().title());
        document.setClearButtonVisible(true);
        document.setAriaLabel("Document");
        outlet.setPlaceholder("Any outlet");
        outlet.setClearButtonVisible(true);
        outlet.setAriaLabel("Outlet");
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.setItems(ClaimStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
        status.setAriaLabel("Status");
        minScore.setPlaceholder("Score from");
        minScore.setMin(0);
        minScore.setMax(100);
        minScore.setAriaLabel("Score from");
        maxScore.setPlaceholder("to");
        maxScore.setMin(0);
        maxScore.setMax(100);
        maxScore.setAriaLabel("Score to");
        claimant.setPlaceholder("Claimant");
        claimant.setClearButtonVisible(true);
        claimant.setValueChangeMode(ValueChangeMode.LAZY);
        claimant.setAriaLabel("Claimant");
        for (var field : List.of(text, claimant)) {
            field.addValueChangeListener(e -> refresh());
        }
        document.addValueChangeListener(e -> refresh());
        outlet.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        minScore.addValueChangeListener(e -> refresh());
        maxScore.addValueChangeListener(e -> refresh());
        hasFigure.addValueChangeListener(e -> refresh());
        minScore.addClassName("fd-score-field");
        maxScore.addClassName("fd-score-field");
        // the reports page reads the filter from the address: the claims list needs no part of the report module
        var exportButton = new com.vaadin.flow.component.button.Button("Export…",
                com.vaadin.flow.component.icon.VaadinIcon.DOWNLOAD_ALT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("projects/" + project.id() + "/reports",
                        new com.vaadin.flow.router.QueryParameters(query().parameters()))));
        exportButton.setTooltipText("A report of the claims this filter shows");
        header.withActions(exportButton);
        var filters = new Div(text, document, outlet, status, minScore, maxScore, claimant, hasFigure);
        filters.addClassName("fd-filters");

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ClaimRow::quote).setHeader("Claim").setFlexGrow(5);
        grid.addColumn(ClaimRow::documentTitle).setHeader("Document").setFlexGrow(2);
        grid.addColumn(r -> r.outlet() == null ? "" : r.outlet()).setHeader("Outlet").setFlexGrow(1);
        grid.addColumn(ClaimRow::score).setHeader("Score").setKey("score").setSortable(true).setWidth("6rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::signals).setHeader("Signals").setFlexGrow(2);
        grid.addColumn(r -> r.status().label()).setHeader("Status").setKey("status").setSortable(true)
                .setWidth("8.5rem").setFlexGrow(0);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(ReaderView.path(e.getItem().documentId())));
        grid.addClassName("fd-clickable-rows");
        grid.setPageSize(50);
        grid.setHeight("calc(100vh - 17rem)");
        add(header, filters, grid);
    }

    static String path(ProjectId id) {
        return "projects/" + id + "/claims";
    }

    private Div signals(ClaimRow row) {
        var chips = new Div();
        chips.addClassName("fd-signals");
        for (Signal signal : row.signals()) {
            if (!signal.kind().equals("base") && signal.weight() > 0 && chips.getComponentCount() < 4) {
                var chip = new Span(signal.label());
                chip.addClassNames("fd-signal", "fd-signal-" + signal.kind());
                chips.add(chip);
            }
        }
        return chips;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        scope.enter(event).ifPresent(p -> {
            project = p;
            header.withSubtitle(p.name());
            document.setItems(documents.list(p.id()));
            outlet.setItems(documents.outlets(p.id()));
            // no count query: the grid loads pages as the editor scrolls, so a million claims cost one page at a time
            grid.setItems(q -> claims.find(p.id(), query(), sortOf(q.getSortOrders()), q.getOffset(), q.getLimit())
                    .stream());
        });
    }

    ClaimQuery query() {
        return new ClaimQuery(document.getValue() == null ? null : document.getValue().id(), outlet.getValue(),
                status.getValue(), minScore.getValue(), maxScore.getValue(), text.getValue(),
                hasFigure.getValue() ? Boolean.TRUE : null, claimant.getValue());
    }

    private static ClaimSort sortOf(List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return ClaimSort.SCORE;
        }
        return orders.getFirst().getSorted().equals("status") ? ClaimSort.STATUS : ClaimSort.SCORE;
    }

    private void refresh() {
        if (project != null) {
            grid.getDataProvider().refreshAll();
        }
    }
}
