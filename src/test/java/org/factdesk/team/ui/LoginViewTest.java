package org.factdesk.team.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import org.factdesk.KaribuViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;

class LoginViewTest extends KaribuViewTest {

    @Autowired JdbcClient jdbc;

    @Test
    void anonymous_visitors_are_sent_to_the_sign_in_form() {
        navigate("");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(_get(LoginForm.class).isError()).isFalse();
    }

    @Test
    void a_failed_sign_in_shows_the_same_neutral_message_for_any_login_name() {
        navigate("login?error");

        var form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n")))
                .contains("The login name or password is not right. Check both and try again.");
    }

    @Test
    void signed_in_users_skip_the_form() {
        fixtures.user("reader1");
        signIn("reader1");

        navigate("login");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ProjectsView.class);
    }

    @Test
    void a_user_with_a_temporary_password_must_change_it_before_anything_else() {
        var user = fixtures.user("fresh1");
        jdbc.sql("update app_user set must_change_password = true where id = :id").param("id", user.value()).update();
        signIn("fresh1");

        navigate("account");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ChangePasswordView.class);
        _assertNone(ProjectsView.class);
    }
}
