package org.factdesk.team.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdesk.base.ui.Notifications;
import org.factdesk.base.ui.ViewHeader;
import org.factdesk.team.Member;
import org.factdesk.team.MyProject;
import org.factdesk.team.ProjectId;
import org.factdesk.team.ProjectRole;
import org.factdesk.team.ProjectService;
import org.factdesk.team.User;
import org.factdesk.team.UserId;
import org.factdesk.team.UserService;

@Route(TeamNavigation.MEMBERS_ROUTE)
@PageTitle("Members · Factdesk")
@PermitAll
class ProjectMembersView extends Main implements BeforeEnterObserver {

    private final ProjectScope scope;
    private final ProjectService projects;
    private final UserService users;
    private final ViewHeader header = new ViewHeader("Members");
    private final Grid<Member> grid = new Grid<>();
    private final Div addForm = new Div();
    private final Paragraph readOnlyNote = new Paragraph();
    private MyProject project;

    ProjectMembersView(ProjectScope scope, ProjectService projects, UserService users) {
        this.scope = scope;
        this.projects = projects;
        this.users = users;
        addClassName("fd-view");
        readOnlyNote.addClassName("fd-note");
        addForm.addClassName("fd-add-member");
        grid.addColumn(Member::displayName).setHeader("Name").setFlexGrow(2);
        grid.addColumn(Member::login).setHeader("Login").setFlexGrow(1);
        grid.addComponentColumn(this::roleCell).setHeader("Role").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::removeCell).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        add(header, readOnlyNote, addForm, grid);
    }


    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        scope.enter(event).ifPresent(p -> {
            project = p;
            header.setTitle("Members");
            header.withSubtitle(p.name() + " · you are " + p.role().label());
            boolean manage = canManage();
            readOnlyNote.setVisible(!manage);
            readOnlyNote.setText("Only owners change who works on this project. You have the "
                    + p.role().label() + " role.");
            addForm.setVisible(manage);
            refresh();
        });
    }

    private boolean canManage() {
        return project.role().canManageProject();
    }

    private void refresh() {
        var members = projects.members(project.id());
        grid.setItems(members);
        if (canManage()) {
            buildAddForm(members.stream().map(Member::userId).collect(Collectors.toSet()));
        }
    }

    private void buildAddForm(Set<UserId> existing) {
        addForm.removeAll();
        var who = new ComboBox<User>("Add a person");
        who.setItems(users.directory().stream().filter(u -> !existing.contains(u.id())).toList());
        who.setItemLabelGenerator(u -> u.data().displayName() + " (" + u.data().login() + ")");
        who.setPlaceholder("Name or login");
        who.setWidth("20rem");
        var role = new Select<ProjectRole>();
        role.setLabel("Role");
        role.setItems(ProjectRole.values());
        role.setItemLabelGenerator(ProjectRole::label);
        role.setValue(ProjectRole.EDITOR);
        var add = new Button("Add", e -> {
            if (who.getValue() == null) {
                who.setErrorMessage("Choose a person first.");
                who.setInvalid(true);
                return;
            }
            var member = projects.addMember(project.id(), who.getValue().data().login(), role.getValue());
            Notifications.success("Added " + member.displayName() + " as " + member.role().label() + ".");
            refresh();
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addForm.add(who, role, add);
    }

    private Component roleCell(Member member) {
        if (!canManage()) {
            return new Span(member.role().label());
        }
        var select = new Select<ProjectRole>();
        select.setItems(ProjectRole.values());
        select.setItemLabelGenerator(ProjectRole::label);
        select.setValue(member.role());
        select.setAriaLabel("Role of " + member.displayName());
        select.addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue() == e.getOldValue()) {
                return;
            }
            try {
                projects.changeRole(project.id(), member.userId(), member.version(), e.getValue());
                Notifications.success(member.displayName() + " is now " + e.getValue().label() + ".");
            } finally {
                refresh();
            }
        });
        return select;
    }

    private Component removeCell(Member member) {
        if (!canManage()) {
            return new Span();
        }
        var remove = new Button("Remove", e -> {
            var confirm = new ConfirmDialog("Remove " + member.displayName() + "?",
                    "They lose access to this project. Their past work stays, with their name on it.",
                    "Remove", ok -> {
                        projects.removeMember(project.id(), member.userId(), member.version());
                        Notifications.success("Removed " + member.displayName() + ".");
                        refresh();
                    });
            confirm.setCancelable(true);
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return remove;
    }
}
