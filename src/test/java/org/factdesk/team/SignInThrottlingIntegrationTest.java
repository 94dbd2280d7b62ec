package org.factdesk.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.FormSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The sign-in form over real HTTP, as a password-guessing script would use it. */
@FactdeskIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottlingIntegrationTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired LoginThrottle throttle;
    @Autowired PasswordSignIn passwordSignIn;

    @AfterEach
    void forget() {
        throttle.forgetAll();
    }

    @Test
    void after_repeated_wrong_passwords_the_form_refuses_even_the_right_one_for_a_while() throws Exception {
        fixtures.user("guessed");
        var attacker = new FormSession(port);
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS_PER_LOGIN; i++) {
            var wrong = attacker.signIn("guessed", "wrong guess " + i);
            assertThat(FormSession.location(wrong)).as("attempt %d", i).contains("/login?error");
        }

        var right = attacker.signIn("guessed", Fixtures.PASSWORD);

        assertThat(FormSession.location(right)).contains("/login?error");
        assertThat(attacker.isSignedIn()).isFalse();
        assertThat(throttle.isLocked("guessed", "127.0.0.1")).isTrue();
    }

    @Test
    void the_api_sign_in_path_counts_the_same_failures_as_the_form() throws Exception {
        fixtures.user("api-guessed");
        var attacker = new FormSession(port);
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS_PER_LOGIN; i++) {
            attacker.signIn("api-guessed", "wrong guess " + i);
        }

        assertThatThrownBy(() -> passwordSignIn.authenticate("api-guessed", Fixtures.PASSWORD, "192.0.2.10"))
                .isInstanceOf(SignInThrottledException.class);
    }

    @Test
    void the_api_sign_in_path_signs_in_with_the_right_password_and_counts_its_own_failures() {
        fixtures.user("api-user");
        assertThat(passwordSignIn.authenticate("api-user", Fixtures.PASSWORD, "192.0.2.11").getUsername())
                .isEqualTo("api-user");
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS_PER_LOGIN; i++) {
            assertThatThrownBy(() -> passwordSignIn.authenticate("api-user", "wrong", "192.0.2.11"))
                    .isNotInstanceOf(SignInThrottledException.class);
        }
        assertThatThrownBy(() -> passwordSignIn.authenticate("api-user", Fixtures.PASSWORD, "192.0.2.11"))
                .isInstanceOf(SignInThrottledException.class);
    }

    @Test
    void each_failed_form_sign_in_is_logged_with_login_and_address_but_never_the_password(CapturedOutput output)
            throws Exception {
        fixtures.user("logged");
        new FormSession(port).signIn("logged", "my-secret-guess-42");

        assertThat(output.getAll()).contains("Failed sign-in for login \"logged\" from 127.0.0.1");
        assertThat(output.getAll()).doesNotContain("my-secret-guess-42");
    }
}
