package org.factdesk.agreement.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.factdesk.agreement.AgreementService;
import org.factdesk.agreement.Round;
import org.factdesk.agreement.RoundSelection;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.ui.Notifications;
import org.factdesk.base.ui.Times;
import org.factdesk.base.ui.ViewHeader;
import org.factdesk.claim.ClaimQuery;
import org.factdesk.source.Document;
import org.factdesk.source.DocumentService;
import org.factdesk.team.Member;
import org.factdesk.team.MyProject;
import org.factdesk.team.ProjectService;
import org.factdesk.team.ui.ProjectScope;

/**
 * A project's agreement rounds, newest first, and for owners the form that starts one: its reviewers, and its claims
 * from the claims list's filter (carried in this page's address, as the report builder takes it), one source, or all,
 * optionally a random sample of N drawn with a seed.
 */
@Route(AgreementNavigation.ROUNDS_ROUTE)
@PageTitle("Agreement · Factdesk")
@PermitAll
class RoundsView extends Main implements BeforeEnterObserver {

    private final ProjectScope scope;
    private final AgreementService agreement;
    private final ProjectService projects;
    private final DocumentService documents;
    private final ViewHeader header = new ViewHeader("Agreement");
    private final Div list = new Div();
    private final Div start = new Div();
    final TextField name = new TextField("Name");
    final MultiSelectComboBox<Member> reviewers = new MultiSelectComboBox<>("Reviewers");
    final ComboBox<Document> source = org.factdesk.source.ui.SourceFilterFields.document();
    final IntegerField sample = new IntegerField("Random sample of");
    final TextField seed = new TextField("Seed");
    final Button startButton = new Button("Start round");
    private final Paragraph filterNote = new Paragraph();
    private MyProject project;
    private ClaimQuery filter = ClaimQuery.all();

    RoundsView(ProjectScope scope, AgreementService agreement, ProjectService projects, DocumentService documents) {
        this.scope = scope;
        this.agreement = agreement;
        this.projects = projects;
        this.documents = documents;
        addClassNames("fd-view", "fd-view-wide", "fd-rounds");
        header.withSubtitle("Two or more reviewers judge the same claims without seeing each other's verdicts; "
                + "the figures say how far they agree.");
        name.setPlaceholder("Round 1");
        name.setMaxLength(AgreementService.NAME_MAX);
        reviewers.setItemLabelGenerator(m -> m.displayName() + " (" + m.role().label() + ")");
        reviewers.setPlaceholder("At least two");
        source.setLabel("Claims of");
        sample.setMin(1);
        sample.setMax(AgreementService.MAX_CLAIMS);
        sample.setPlaceholder("all");
        sample.setSuffixComponent(new Div("claims"));
        seed.setPlaceholder("random");
        seed.setHelperText("The same seed draws the same claims again");
        seed.setAllowedCharPattern("[0-9-]");
        startButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        startButton.addClickListener(e -> start());
        start.addClassNames("fd-section", "fd-round-start");
        list.addClassName("fd-section");
        add(header, list, start);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        scope.enter(event).ifPresent(p -> {
            project = p;
            filter = ClaimQuery.fromParameters(event.getLocation().getQueryParameters().getParameters());
            header.withSubtitle(p.name() + " · two or more reviewers judge the same claims blind; the figures say "
                    + "how far they agree.");
            showRounds();
            showStart();
        });
    }

    private void showRounds() {
        list.removeAll();
        var rounds = agreement.rounds(project.id());
        list.add(new H2("Rounds (" + rounds.size() + ")"));
        if (rounds.isEmpty()) {
            var empty = new Div(project.role().canManageProject()
                    ? "No round yet. Start one below: pick the reviewers and the claims they judge."
                    : "No round yet. An owner of the project starts one.");
            empty.addClassName("fd-empty");
            list.add(empty);
            return;
        }
        var grid = new Grid<Round>();
        grid.addColumn(r -> r.data().name()).setHeader("Round").setFlexGrow(2);
        grid.addColumn(r -> r.data().state().label()).setHeader("State").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.data().claims().size()).setHeader("Claims").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.data().reviewers().size()).setHeader("Reviewers").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Times.WHEN.format(r.data().createdAt())).setHeader("Started").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(rounds);
        grid.setAllRowsVisible(true);
        grid.addClassName("fd-clickable-rows");
        org.factdesk.base.ui.GridRows.openOnClickOrEnter(grid,
                r -> UI.getCurrent().navigate(AgreementNavigation.round(r.id())));
        list.add(grid);
    }

    private void showStart() {
        start.removeAll();
        if (!project.role().canManageProject() || project.project().data().archived()) {
            start.setVisible(false);
            return;
        }
        start.setVisible(true);
        reviewers.setItems(projects.members(project.id()).stream().filter(m -> m.role().canEditContent()).toList());
        source.setItems(documents.list(project.id()));
        if (filter.equals(ClaimQuery.all())) {
            filterNote.setText("Claims: every claim of the project, or those of one source. To start from a filter, "
                    + "filter the claims list and choose \"Agreement round\" there.");
        } else {
            filterNote.setText("Claims: those the claims list's filter showed (" + filter.parameters().keySet()
                    + "), narrowed to a source if you pick one.");
        }
        var fields = new Div(name, reviewers, source, sample, seed);
        fields.addClassName("fd-round-fields");
        start.add(new H2("Start a round"), filterNote, fields, new Div(startButton));
    }

    void start() {
        try {
            var query = source.getValue() == null ? filter
                    : ClaimQuery.fromParameters(withDocument(source.getValue()));
            Long seedValue = null;
            if (!seed.getValue().isBlank()) {
                try {
                    seedValue = Long.parseLong(seed.getValue().strip());
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("The seed is a whole number, such as 42.");
                }
            }
            var selection = sample.getValue() == null
                    ? new RoundSelection(List.of(), query, null, null)
                    : new RoundSelection(List.of(), query, sample.getValue(), seedValue);
            var round = agreement.start(project.id(), name.getValue(), selection,
                    reviewers.getValue().stream().map(Member::userId).toList());
            Notifications.success("Round started: " + round.data().claims().size() + " claims, now in each "
                    + "reviewer's My work.");
            UI.getCurrent().navigate(AgreementNavigation.round(round.id()));
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
        }
    }

    private java.util.Map<String, List<String>> withDocument(Document document) {
        var p = new java.util.HashMap<>(filter.parameters());
        p.put("document", List.of(String.valueOf(document.id().value())));
        return p;
    }
}
