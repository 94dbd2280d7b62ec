package org.factdesk.team.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.factdesk.base.ui.Notifications;
import org.factdesk.team.UserService;

/** Where a user with a temporary password must go before anything else. */
@PageTitle("Choose a new password · Factdesk")
@Route(value = TeamNavigation.CHANGE_PASSWORD_ROUTE, autoLayout = false)
@PermitAll
class ChangePasswordView extends Main {

    ChangePasswordView(UserService users, AuthenticationContext authentication) {
        addClassName("fd-login");
        var form = new PasswordChangeForm(users, () -> {
            Notifications.success("Password changed. Welcome to Factdesk.");
            TeamNavigation.navigateToProjects();
        });
        var save = form.saveButton();
        save.setText("Save and continue");
        save.addClickShortcut(Key.ENTER);
        var signOut = new Button("Sign out", e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var actions = new Div(save, signOut);
        actions.addClassName("fd-form-actions");
        var card = new Div(new H1("Choose your password"),
                new Paragraph("You signed in with a temporary password. Choose your own to continue."),
                form, actions);
        card.addClassName("fd-login-card");
        add(card);
    }
}
