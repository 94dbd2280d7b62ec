package org.factdesk.team.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.factdesk.team.CurrentUser;
import org.factdesk.team.UserService;
import org.springframework.stereotype.Component;

/** Sends a user who still has a temporary password to the change-password page, whatever URL they open. */
@Component
class PasswordChangeEnforcer implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final UserService users;

    PasswordChangeEnforcer(CurrentUser currentUser, UserService users) {
        this.currentUser = currentUser;
        this.users = users;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        var target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class) {
            return;
        }
        currentUser.get()
                .filter(principal -> users.mustChangePassword(principal.userId()))
                .ifPresent(principal -> event.rerouteTo(ChangePasswordView.class));
    }
}
