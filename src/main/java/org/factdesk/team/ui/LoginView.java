package org.factdesk.team.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.factdesk.team.SignInThrottledException;
import org.factdesk.team.UserService;
import org.springframework.security.web.WebAttributes;

@PageTitle("Sign in · Factdesk")
@Route(value = TeamNavigation.LOGIN_ROUTE, autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private final AuthenticationContext authentication;
    private final UserService users;
    private final LoginForm form = new LoginForm();
    private final Paragraph firstRunHint = new Paragraph();

    LoginView(AuthenticationContext authentication, UserService users) {
        this.authentication = authentication;
        this.users = users;
        addClassName("fd-login");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(false));

        var title = new H1("Factdesk");
        var tagline = new Paragraph("The fact-check workbench: sources, claims, verdicts, reports.");
        tagline.addClassName("fd-login-tagline");
        firstRunHint.addClassName("fd-login-hint");
        firstRunHint.setVisible(false);
        var card = new Div(title, tagline, form, firstRunHint);
        card.addClassName("fd-login-card");
        add(card);
    }

    private static LoginI18n i18n(boolean throttled) {
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Login name");
        i18n.getForm().setSubmit("Sign in");
        var error = i18n.getErrorMessage();
        if (throttled) {
            error.setTitle("Too many failed sign-ins");
            error.setMessage("Sign-in is paused for this account or address. Wait a few minutes and try again.");
        } else {
            error.setTitle("Sign-in failed");
            error.setMessage("The login name or password is not right. Check both and try again.");
        }
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            form.setI18n(i18n(lastFailureWasThrottling()));
            form.setError(true);
        }
        if (users.isFirstRun()) {
            firstRunHint.setText("First start: sign in as \"admin\" with the password printed in the server's "
                    + "console (also saved in the file initial-admin-password in Factdesk's data directory).");
            firstRunHint.setVisible(true);
        }
    }

    private static boolean lastFailureWasThrottling() {
        var request = VaadinServletRequest.getCurrent();
        if (request == null || request.getHttpServletRequest().getSession(false) == null) {
            return false;
        }
        Object failure = request.getHttpServletRequest().getSession(false)
                .getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure instanceof SignInThrottledException;
    }
}
