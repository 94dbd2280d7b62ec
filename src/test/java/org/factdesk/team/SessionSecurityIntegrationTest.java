package org.factdesk.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.FormSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Browser sessions over real HTTP: how they start, what their cookie says, and when they end. */
@FactdeskIntegrationTest
class SessionSecurityIntegrationTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired UserService users;
    @Autowired LoginThrottle throttle;

    @AfterEach
    void cleanUp() {
        fixtures.signOut();
        throttle.forgetAll();
    }

    FormSession signedIn(String login) throws Exception {
        var session = new FormSession(port);
        var answer = session.signIn(login, Fixtures.PASSWORD);
        assertThat(FormSession.location(answer)).doesNotContain("error");
        assertThat(session.isSignedIn()).as("signed in").isTrue();
        return session;
    }

    @Test
    void the_sign_in_form_refuses_a_post_without_the_pages_csrf_token() throws Exception {
        fixtures.user("csrf-victim");
        var forged = new FormSession(port);
        forged.openSignInPage();
        assertThat(forged.csrfToken()).as("the sign-in page carries a CSRF token").isPresent();

        var answer = forged.postForm("/login", Map.of("username", "csrf-victim", "password", Fixtures.PASSWORD));

        assertThat(answer.statusCode() == 403 || FormSession.location(answer).contains("/login"))
                .as("refused (%d, to %s), not signed in", answer.statusCode(), FormSession.location(answer)).isTrue();
        assertThat(forged.isSignedIn()).isFalse();
        assertThat(FormSession.location(new FormSession(port).signIn("csrf-victim", Fixtures.PASSWORD)))
                .as("with the token it works").doesNotContain("error");
    }

    @Test
    void the_session_cookie_is_same_site_lax_and_http_only() throws Exception {
        var session = new FormSession(port);
        var page = session.openSignInPage();

        String setCookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(setCookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
    }

    @Test
    void disabling_a_user_ends_their_open_sessions_at_once() throws Exception {
        fixtures.admin("session-admin");
        var leaver = fixtures.user("session-leaver");
        var session = signedIn("session-leaver");

        fixtures.signIn("session-admin");
        users.setEnabled(leaver, 0, false);

        assertThat(session.isSignedIn()).isFalse();
    }

    @Test
    void a_password_reset_by_an_admin_ends_the_users_open_sessions() throws Exception {
        fixtures.admin("reset-admin");
        var user = fixtures.user("reset-user");
        var session = signedIn("reset-user");

        fixtures.signIn("reset-admin");
        users.resetPassword(user, 0);

        assertThat(session.isSignedIn()).isFalse();
    }

    @Test
    void changing_your_own_password_ends_your_other_sessions() throws Exception {
        fixtures.user("two-browsers");
        var laptop = signedIn("two-browsers");
        var phone = signedIn("two-browsers");
        var bystander = fixtures.user("bystander");
        var other = signedIn("bystander");

        fixtures.signIn("two-browsers");
        users.changeOwnPassword(Fixtures.PASSWORD, "a fresh passphrase for both");

        assertThat(laptop.isSignedIn()).isFalse();
        assertThat(phone.isSignedIn()).isFalse();
        assertThat(other.isSignedIn()).as("someone else's session").isTrue();
        assertThat(bystander).isNotNull();
    }
}
