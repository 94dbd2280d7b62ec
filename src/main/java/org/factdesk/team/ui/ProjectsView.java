package org.factdesk.team.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import org.factdesk.base.ui.Notifications;
import org.factdesk.base.ui.ViewHeader;
import org.factdesk.team.MyProject;
import org.factdesk.team.ProjectService;

@Route(TeamNavigation.PROJECTS_ROUTE)
@PageTitle("Projects · Factdesk")
@Menu(order = 0, title = "Projects", icon = "vaadin:folder-open")
@PermitAll
class ProjectsView extends Main {

    private final ProjectService projects;
    private final List<ProjectSection> sections;
    private final Grid<MyProject> grid = new Grid<>();
    private final Checkbox showArchived = new Checkbox("Show archived");
    private final Div empty = new Div();

    ProjectsView(ProjectService projects, List<ProjectSection> sections) {
        this.projects = projects;
        this.sections = sections.stream().sorted(Comparator.comparingInt(ProjectSection::order)).toList();
        addClassName("fd-view");

        var create = new Button("New project", VaadinIcon.PLUS.create(), e -> openCreate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.KEY_N, KeyModifier.ALT);
        create.setTooltipText("Alt+N");
        showArchived.addValueChangeListener(e -> refresh());
        add(new ViewHeader("Projects")
                .withSubtitle("Each project is one story: its sources, claims and verdicts.")
                .withActions(showArchived, create));

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(this::nameCell).setHeader("Project").setFlexGrow(3);
        grid.addColumn(p -> p.role().label()).setHeader("Your role").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("").setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(e -> {
            if (e.getColumn() == grid.getColumns().getFirst()) {
                open(e.getItem());
            }
        });
        grid.setAllRowsVisible(true);
        grid.addClassName("fd-projects-grid");
        empty.addClassName("fd-empty");
        empty.setText("No projects yet. Create one with \"New project\", or ask a colleague to add you to theirs.");
        add(grid, empty);
        refresh();
    }

    private Div nameCell(MyProject project) {
        var name = new Span(project.name());
        name.addClassName("fd-project-name");
        var cell = new Div(name);
        if (project.project().data().archived()) {
            var badge = new Span("Archived");
            badge.getElement().getThemeList().add("badge contrast small");
            badge.addClassName("fd-badge");
            cell.add(badge);
        }
        if (!project.project().data().description().isBlank()) {
            var description = new Div(project.project().data().description());
            description.addClassName("fd-project-description");
            cell.add(description);
        }
        cell.addClassName("fd-project-cell");
        return cell;
    }

    private HorizontalLayout actions(MyProject project) {
        var open = new Button("Open", e -> open(project));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var row = new HorizontalLayout(open);
        row.setSpacing(false);
        row.addClassName("fd-row-actions");
        if (project.role().canManageProject()) {
            var rename = new Button("Rename", e -> openRename(project));
            rename.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            boolean archived = project.project().data().archived();
            var archive = new Button(archived ? "Restore" : "Archive", e -> confirmArchive(project, !archived));
            archive.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            row.add(rename, archive);
        }
        return row;
    }

    private void open(MyProject project) {
        CurrentProject.set(project.id());
        sections.stream().findFirst().ifPresent(s -> UI.getCurrent().navigate(s.path(project.id())));
    }

    private void openCreate() {
        new ProjectDialog("New project", "Create", "", "", (name, description) -> {
            var created = projects.create(name, description);
            Notifications.success("Created \"" + created.name() + "\". You are its owner.");
            refresh();
        }).open();
    }

    private void openRename(MyProject project) {
        new ProjectDialog("Rename project", "Save", project.name(), project.project().data().description(),
                (name, description) -> {
                    projects.rename(project.id(), project.project().version(), name, description);
                    Notifications.success("Saved.");
                    refresh();
                }).open();
    }

    private void confirmArchive(MyProject project, boolean archive) {
        var dialog = new ConfirmDialog();
        dialog.setHeader((archive ? "Archive \"" : "Restore \"") + project.name() + "\"?");
        dialog.setText(archive
                ? "An archived project is read-only for everyone and hidden from the switcher. You can restore it later."
                : "The project becomes editable again for its members.");
        dialog.setCancelable(true);
        dialog.setConfirmText(archive ? "Archive" : "Restore");
        dialog.addConfirmListener(e -> {
            projects.setArchived(project.id(), project.project().version(), archive);
            Notifications.success(archive ? "Archived." : "Restored.");
            refresh();
        });
        dialog.open();
    }

    private void refresh() {
        var mine = projects.listMine(showArchived.getValue());
        grid.setItems(mine);
        grid.setVisible(!mine.isEmpty());
        empty.setVisible(mine.isEmpty());
    }
}
