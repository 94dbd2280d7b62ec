package org.factdesk.claim.ui;

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
import java.util.Map;
import org.factdesk.base.ui.Notifications;
import org.factdesk.team.Member;
import org.factdesk.team.MyProject;
import org.factdesk.team.ProjectService;
import org.factdesk.team.ProjectId;
import org.factdesk.team.ui.ProjectScope;

/** Every claim of a project in one lazy list, with the filters a desk needs. */
@Route(ClaimNavigation.CLAIMS_ROUTE)
@PageTitle("Claims · Factdesk")
@PermitAll
class ClaimsView extends Main implements BeforeEnterObserver {

    private final ProjectScope scope;
    private final ClaimService claims;
    private final DocumentService documents;
    private final ViewHeader header = new ViewHeader("Claims");
    private final Grid<ClaimRow> grid = new Grid<>();
    private final TextField text = new TextField();
    private final ComboBox<Document> document = org.factdesk.source.ui.SourceFilterFields.document();
    private final ComboBox<String> outlet = org.factdesk.source.ui.SourceFilterFields.outlet();
    private final Select<ClaimStatus> status = new Select<>();
    private final IntegerField minScore = new IntegerField();
    private final IntegerField maxScore = new IntegerField();
    private final Checkbox hasFigure = new Checkbox("With a figure");
    private final TextField claimant = new TextField();
    private final Select<Long> verdict = new Select<>();
    private final ComboBox<Member> assignee = new ComboBox<>();
    private final TextField tag = new TextField();
    private final Checkbox sourceChanged = new Checkbox("Source changed");
    private final Span count = new Span();
    private final Div bulk = new Div();
    private final Span selectedCount = new Span();
    private final ProjectService projects;
    private final List<ClaimListExtension> extensions;
    private Map<Long, String> verdicts = Map.of();
    private boolean loading;
    private MyProject project;

    ClaimsView(ProjectScope scope, ClaimService claims, DocumentService documents, ProjectService projects,
               List<ClaimListExtension> extensions, org.factdesk.claim.Reextraction reextraction) {
        this.scope = scope;
        this.claims = claims;
        this.documents = documents;
        this.projects = projects;
        this.extensions = extensions;
        addClassNames("fd-view", "fd-view-wide");

        text.setPlaceholder("Search claims");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setAriaLabel("Search claims");
        // reader.js focuses it on "/", unless the editor is typing somewhere (a Vaadin shortcut would eat the slash)
        text.getElement().setAttribute("data-fd-search", true);
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
        verdict.setEmptySelectionAllowed(true);
        verdict.setEmptySelectionCaption("Any verdict");
        verdict.setItemLabelGenerator(id -> id == null ? "Any verdict" : verdicts.getOrDefault(id, ""));
        verdict.setAriaLabel("Verdict");
        assignee.setPlaceholder("Anyone");
        assignee.setItemLabelGenerator(Member::displayName);
        assignee.setClearButtonVisible(true);
        assignee.setAriaLabel("Assignee");
        tag.setPlaceholder("Tag");
        tag.setClearButtonVisible(true);
        tag.setValueChangeMode(ValueChangeMode.LAZY);
        tag.setAriaLabel("Tag");
        sourceChanged.setTooltipText("Claims in review or published whose source changed under them");
        for (var field : List.of(text, claimant, tag)) {
            field.addValueChangeListener(e -> refresh());
        }
        verdict.addValueChangeListener(e -> refresh());
        assignee.addValueChangeListener(e -> refresh());
        sourceChanged.addValueChangeListener(e -> refresh());
        document.addValueChangeListener(e -> refresh());
        outlet.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        minScore.addValueChangeListener(e -> refresh());
        maxScore.addValueChangeListener(e -> refresh());
        hasFigure.addValueChangeListener(e -> refresh());
        minScore.addClassName("fd-score-field");
        maxScore.addClassName("fd-score-field");
        header.withActions(new FindClaimsAgainButton(reextraction, () -> project.id()));
        for (var extension : extensions) {
            extension.headerActions(() -> project.id(), () -> new com.vaadin.flow.router.QueryParameters(query().parameters()))
                    .forEach(header::withActions);
        }
        var filters = new Div(text, document, outlet, status, verdict, assignee, tag, minScore, maxScore, claimant,
                hasFigure, sourceChanged);
        filters.addClassNames("fd-filters", "fd-claims-filters");
        text.addClassName("fd-filter-search");
        count.addClassName("fd-result-count");
        bulk.addClassName("fd-bulk-bar");
        bulk.setVisible(false);

        // one line a claim, so that a screenful shows many; the whole quote is the tooltip
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(ClaimRow::quote).setHeader("Claim").setFlexGrow(6).setTooltipGenerator(ClaimsView::why);
        grid.addColumn(r -> r.outlet() == null ? r.documentTitle() : r.documentTitle() + " · " + r.outlet())
                .setHeader("Source").setFlexGrow(2).setTooltipGenerator(r -> r.documentTitle());
        grid.addColumn(ClaimRow::score).setHeader("Score").setKey("score").setSortable(true).setWidth("5.5rem")
                .setFlexGrow(0).setTooltipGenerator(ClaimsView::why);
        grid.addColumn(r -> r.status().label()).setHeader("Status").setKey("status").setSortable(true)
                .setWidth("8rem").setFlexGrow(0);
        grid.addComponentColumn(this::verdictBadge).setHeader("Verdict").setKey("verdict").setWidth("7.5rem")
                .setFlexGrow(0);
        grid.addColumn(r -> r.assignee() == null ? "" : r.assignee()).setHeader("Assignee").setKey("assignee")
                .setWidth("7rem").setFlexGrow(0);
        grid.addColumn(r -> String.join(", ", r.tags())).setHeader("Tags").setKey("tags").setWidth("7rem")
                .setFlexGrow(0).setTooltipGenerator(r -> String.join(", ", r.tags()));
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addSelectionListener(e -> showBulk());
        org.factdesk.base.ui.GridRows.openOnClickOrEnter(grid, this::open);
        grid.addClassNames("fd-clickable-rows", "fd-claims-grid");
        grid.setPageSize(50);
        add(header, filters, count, bulk, grid);
    }

    /** The reader, at this claim and with it selected; the list's filters stay in this page's address for Back. */
    private void open(ClaimRow row) {
        ClaimNavigation.navigateToReader(row.documentId(), row.id());
    }

    private Span verdictBadge(ClaimRow row) {
        var badge = new Span(row.verdict() == null ? "" : row.verdict());
        if (row.verdict() != null) {
            badge.addClassName("fd-verdict-badge");
            badge.getStyle().set("--fd-verdict-color", row.verdictColor());
        }
        return badge;
    }

    private java.util.Set<org.factdesk.claim.ClaimId> selectedIds() {
        return grid.getSelectedItems().stream().map(ClaimRow::id)
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private void showBulk() {
        int n = grid.getSelectedItems().size();
        selectedCount.setText(n + " selected");
        bulk.setVisible(n > 0);
    }

    private void buildBulk() {
        bulk.removeAll();
        var setStatus = new Select<ClaimStatus>();
        setStatus.setItems(ClaimStatus.values());
        setStatus.setItemLabelGenerator(s -> s == null ? "" : s.label());
        setStatus.setPlaceholder("Set status…");
        setStatus.setAriaLabel("Set status of the selected claims");
        setStatus.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                changeStatus(e.getValue());
                setStatus.clear();
            }
        });
        var dismiss = new com.vaadin.flow.component.button.Button("Dismiss", e -> changeStatus(ClaimStatus.DISMISSED));
        dismiss.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
        bulk.add(selectedCount, setStatus, dismiss);
        for (var extension : extensions) {
            extension.bulkActions(project.id(), this::selectedIds, this::afterBulk).forEach(bulk::add);
        }
    }

    /** Each selected claim moves on its own; the workflow may refuse some, and the editor is told which and why. */
    private void changeStatus(ClaimStatus target) {
        int done = 0;
        var refused = new java.util.LinkedHashMap<String, Integer>();
        for (var id : selectedIds()) {
            try {
                var claim = claims.get(id);
                claims.setStatus(id, claim.version(), target);
                done++;
            } catch (RuntimeException e) {
                if (!(e instanceof org.factdesk.base.InvalidInputException
                        || e instanceof org.factdesk.base.PermissionDeniedException
                        || e instanceof org.factdesk.base.ConflictException)) {
                    throw e;
                }
                refused.merge(e.getMessage(), 1, Integer::sum);
            }
        }
        if (refused.isEmpty()) {
            Notifications.success(done + (done == 1 ? " claim is " : " claims are ") + target.label() + " now.");
        } else {
            Notifications.error(done + " changed; " + refused.entrySet().stream()
                    .map(r -> r.getValue() + " not: " + r.getKey()).collect(java.util.stream.Collectors.joining(" ")));
        }
        afterBulk();
    }

    private void afterBulk() {
        grid.deselectAll();
        refresh();
    }


    /** The quote and why it was picked, for the tooltip: the list keeps one line a claim. */
    private static String why(ClaimRow row) {
        var reasons = row.signals().stream().filter(s -> !s.kind().equals("base") && s.weight() > 0)
                .map(Signal::label).toList();
        return row.quote() + (reasons.isEmpty() ? "" : "\n\nPicked for: " + String.join(" · ", reasons));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        scope.enter(event).ifPresent(p -> {
            project = p;
            header.withSubtitle(p.name());
            var documentList = documents.list(p.id());
            document.setItems(documentList);
            outlet.setItems(documents.outlets(p.id()));
            var members = projects.members(p.id());
            assignee.setItems(members);
            verdicts = extensions.stream().map(x -> x.verdicts(p.id())).filter(v -> !v.isEmpty()).findFirst().orElse(Map.of());
            verdict.setItems(verdicts.keySet().stream().toList());
            verdict.setVisible(!verdicts.isEmpty());
            buildBulk();
            showFilter(ClaimQuery.fromParameters(event.getLocation().getQueryParameters().getParameters()),
                    documentList, members);
            // no count query: the grid loads pages as the editor scrolls, so a million claims cost one page at a time
            grid.setItems(q -> claims.find(p.id(), query(), sortOf(q.getSortOrders()), q.getOffset(), q.getLimit())
                    .stream());
            showCount();
        });
    }

    /** The filter from the address (Back, a shared link), into the fields. */
    private void showFilter(ClaimQuery q, List<Document> documentList, List<Member> members) {
        loading = true;
        document.setValue(q.document() == null ? null
                : documentList.stream().filter(d -> d.id().equals(q.document())).findFirst().orElse(null));
        outlet.setValue(q.outlet());
        status.setValue(q.status());
        minScore.setValue(q.minScore());
        maxScore.setValue(q.maxScore());
        text.setValue(q.text() == null ? "" : q.text());
        hasFigure.setValue(Boolean.TRUE.equals(q.hasFigure()));
        claimant.setValue(q.claimant() == null ? "" : q.claimant());
        verdict.setValue(q.verdictId() != null && verdicts.containsKey(q.verdictId()) ? q.verdictId() : null);
        assignee.setValue(q.assignee() == null ? null
                : members.stream().filter(m -> m.userId().equals(q.assignee())).findFirst().orElse(null));
        tag.setValue(q.tag() == null ? "" : q.tag());
        sourceChanged.setValue(Boolean.TRUE.equals(q.sourceChanged()));
        loading = false;
    }

    ClaimQuery query() {
        return new ClaimQuery(document.getValue() == null ? null : document.getValue().id(), outlet.getValue(),
                status.getValue(), minScore.getValue(), maxScore.getValue(), text.getValue(),
                hasFigure.getValue() ? Boolean.TRUE : null, claimant.getValue())
                .withReview(verdict.getValue(), assignee.getValue() == null ? null : assignee.getValue().userId(),
                        tag.getValue())
                .withSourceChanged(sourceChanged.getValue() ? Boolean.TRUE : null);
    }

    private static ClaimSort sortOf(List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return ClaimSort.SCORE;
        }
        boolean ascending = orders.getFirst().getDirection() == com.vaadin.flow.data.provider.SortDirection.ASCENDING;
        return orders.getFirst().getSorted().equals("status")
                ? (ascending ? ClaimSort.STATUS : ClaimSort.STATUS_DESCENDING)
                : (ascending ? ClaimSort.SCORE_ASCENDING : ClaimSort.SCORE);
    }

    private void refresh() {
        if (project != null && !loading) {
            grid.getDataProvider().refreshAll();
            showCount();
            // the filter lives in the address, so Back from the reader and a shared link show the same list
            UI.getCurrent().getPage().getHistory().replaceState(null, new com.vaadin.flow.router.Location(
                    ClaimNavigation.claims(project.id()), new com.vaadin.flow.router.QueryParameters(query().parameters())));
        }
    }

    private static final int EXACT_UP_TO = 10_000;

    private void showCount() {
        int n = claims.countUpTo(project.id(), query(), EXACT_UP_TO + 1);
        count.setText(n > EXACT_UP_TO ? "More than 10,000 claims"
                : String.format(java.util.Locale.ENGLISH, "%,d %s", n, n == 1 ? "claim" : "claims"));
    }
}
