package org.factdesk.team.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.ui.Notifications;
import org.factdesk.base.ui.ViewHeader;
import org.factdesk.team.CurrentUser;
import org.factdesk.team.User;
import org.factdesk.team.UserId;
import org.factdesk.team.UserService;

@Route(TeamNavigation.USERS_ROUTE)
@PageTitle("Users · Factdesk")
@Menu(order = 80, title = "Users", icon = "vaadin:users")
@RolesAllowed("ADMIN")
class UsersView extends Main {

    private final UserService users;
    private final Grid<User> grid = new Grid<>();

    private final UserId me;

    UsersView(UserService users, CurrentUser currentUser) {
        this.users = users;
        this.me = currentUser.requireId();
        addClassName("fd-view");
        var create = new Button("New user", VaadinIcon.PLUS.create(), e -> openCreate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new ViewHeader("Users")
                .withSubtitle("Accounts on this Factdesk. Project owners add them to projects.")
                .withActions(create));
        grid.addColumn(u -> u.data().displayName()).setHeader("Name").setFlexGrow(2);
        grid.addColumn(u -> u.data().login()).setHeader("Login").setFlexGrow(1);
        grid.addColumn(u -> u.data().email() == null ? "" : u.data().email()).setHeader("Email").setFlexGrow(2);
        grid.addComponentColumn(this::statusCell).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        // two small buttons side by side: a fixed width, since an automatic one is measured before they render
        grid.addComponentColumn(this::actions).setHeader("").setWidth("17rem").setFlexGrow(0);
        grid.setAllRowsVisible(true);
        add(grid);
        refresh();
    }

    private Component statusCell(User user) {
        var text = !user.data().enabled() ? "Disabled"
                : user.data().mustChangePassword() ? "Temporary password" : "Active";
        var badge = new Span(user.data().instanceAdmin() ? text + " · admin" : text);
        badge.getElement().getThemeList().add(user.data().enabled() ? "badge success small" : "badge contrast small");
        badge.addClassName("fd-badge");
        return badge;
    }

    private Component actions(User user) {
        var toggle = new Button(user.data().enabled() ? "Disable" : "Enable", e -> {
            users.setEnabled(user.id(), user.version(), !user.data().enabled());
            Notifications.success((user.data().enabled() ? "Disabled " : "Enabled ") + user.data().login() + ".");
            refresh();
        });
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        toggle.setVisible(!user.id().equals(me));
        var reset = new Button("Reset password", e -> {
            String password = users.resetPassword(user.id(), user.version());
            new SecretDialog("Temporary password for " + user.data().login(),
                    "Give this password to " + user.data().displayName() + ". They must choose their own at the "
                            + "next sign-in. It is not shown again.", password).open();
            refresh();
        });
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        var row = new HorizontalLayout(toggle, reset);
        row.setSpacing(false);
        return row;
    }

    private void openCreate() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("New user");
        var login = new TextField("Login name");
        login.setRequiredIndicatorVisible(true);
        login.setHelperText("Used to sign in, e.g. jdoe");
        var name = new TextField("Display name");
        var email = new EmailField("Email");
        var admin = new Checkbox("Instance admin (manages users)");
        var form = new FormLayout(login, name, email, admin);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);
        var save = new Button("Create", e -> {
            try {
                var created = users.create(login.getValue(), name.getValue(), email.getValue(), admin.getValue());
                dialog.close();
                refresh();
                new SecretDialog("Temporary password for " + created.user().data().login(),
                        "Give this password to " + created.user().data().displayName() + ". They choose their own at "
                                + "first sign-in. It is not shown again.", created.temporaryPassword()).open();
            } catch (InvalidInputException ex) {
                // the message names its field: an address problem shows under the address
                var field = ex.getMessage().contains("e-mail") ? email : login;
                field.setErrorMessage(ex.getMessage());
                field.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
        login.focus();
    }

    private void refresh() {
        grid.setItems(users.list());
    }
}
