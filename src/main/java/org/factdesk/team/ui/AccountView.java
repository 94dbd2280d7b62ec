package org.factdesk.team.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import org.factdesk.base.ui.Times;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.ui.Notifications;
import org.factdesk.base.ui.ViewHeader;
import org.factdesk.team.ApiToken;
import org.factdesk.team.ApiTokenService;
import org.factdesk.team.UserService;

@Route(TeamNavigation.ACCOUNT_ROUTE)
@PageTitle("Account · Factdesk")
@Menu(order = 90, title = "Account", icon = "vaadin:user")
@PermitAll
class AccountView extends Main {


    private final ApiTokenService tokens;
    private final Grid<ApiToken> grid = new Grid<>();

    AccountView(UserService users, ApiTokenService tokens) {
        this.tokens = tokens;
        addClassName("fd-view");
        var me = users.me();
        add(new ViewHeader("Account").withSubtitle(me.data().displayName() + " · signed in as " + me.data().login()));

        var passwordForm = new PasswordChangeForm(users, () -> Notifications.success("Password changed."));
        var passwordSection = new Div(new H2("Password"), passwordForm, passwordForm.saveButton());
        passwordSection.addClassNames("fd-section", "fd-narrow");

        var tokenName = new TextField();
        tokenName.setPlaceholder("Token name, e.g. newsroom script");
        tokenName.setAriaLabel("Token name");
        tokenName.setWidth("20rem");
        var create = new Button("Create token", e -> {
            try {
                var created = tokens.create(tokenName.getValue());
                tokenName.clear();
                refresh();
                new SecretDialog("API token \"" + created.token().name() + "\"",
                        "Send it as \"Authorization: Bearer <token>\". Copy it now: it is not shown again.",
                        created.secret()).open();
            } catch (InvalidInputException ex) {
                tokenName.setErrorMessage(ex.getMessage());
                tokenName.setInvalid(true);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        tokenName.addKeyPressListener(Key.ENTER, e -> create.click());
        var createRow = new Div(tokenName, create);
        createRow.addClassName("fd-inline-form");

        grid.addColumn(ApiToken::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(ApiToken::hint).setHeader("Starts with").setAutoWidth(true);
        grid.addColumn(t -> format(t.createdAt())).setHeader("Created").setAutoWidth(true);
        grid.addColumn(t -> t.lastUsedAt() == null ? "never" : format(t.lastUsedAt())).setHeader("Last used")
                .setAutoWidth(true);
        grid.addComponentColumn(this::statusCell).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        var tokenSection = new Div(new H2("API tokens"),
                new Paragraph("Tokens let scripts use the Factdesk API with your permissions."), createRow, grid);
        tokenSection.addClassName("fd-section");
        add(passwordSection, tokenSection);
        refresh();
    }

    private Component statusCell(ApiToken token) {
        if (!token.active()) {
            var revoked = new Span("Revoked " + format(token.revokedAt()));
            revoked.addClassName("fd-muted");
            return revoked;
        }
        var revoke = new Button("Revoke", e -> {
            var confirm = new ConfirmDialog("Revoke \"" + token.name() + "\"?",
                    "Scripts using it stop working at once. This cannot be undone.", "Revoke", ok -> {
                        tokens.revoke(token.id());
                        Notifications.success("Revoked \"" + token.name() + "\".");
                        refresh();
                    });
            confirm.setCancelable(true);
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return revoke;
    }

    private static String format(Instant instant) {
        return instant == null ? "" : Times.WHEN.format(instant);
    }

    private void refresh() {
        grid.setItems(tokens.listMine());
    }
}
