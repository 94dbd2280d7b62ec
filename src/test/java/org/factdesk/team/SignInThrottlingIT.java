package org.factdesk.team;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.factdesk.BrowserSupport;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Guessing passwords in the real sign-in form, in Chromium. */
@FactdeskIntegrationTest
class SignInThrottlingIT {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired LoginThrottle throttle;

    @AfterEach
    void forget() {
        throttle.forgetAll();
    }

    @Test
    void after_repeated_wrong_passwords_the_browser_form_pauses_sign_in_and_says_so() {
        fixtures.user("browser-guessed");
        var page = BrowserSupport.browser().newContext().newPage();
        page.navigate("http://localhost:" + port + "/login");
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS_PER_LOGIN; i++) {
            FirstSignInIT.signIn(page, "browser-guessed", "wrong guess " + i);
            assertThat(page.getByText("The login name or password is not right")).isVisible();
        }

        FirstSignInIT.signIn(page, "browser-guessed", Fixtures.PASSWORD);

        assertThat(page.getByText("Too many failed sign-ins")).isVisible();
        assertThat(page.locator("input[name=username]")).isVisible();
        page.navigate("http://localhost:" + port + "/");
        assertThat(page.locator("input[name=username]")).isVisible();
    }
}
