package org.factdesk.team;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import org.factdesk.BrowserSupport;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A newcomer's first minutes, in real Chromium: first sign-in, new password, a project, a read-only colleague. */
@FactdeskIntegrationTest
class FirstSignInIT {

    @LocalServerPort int port;
    @Autowired InitialSetup initialSetup;

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    static void signIn(Page page, String login, String password) {
        page.locator("input[name=username]").fill(login);
        page.locator("input[name=password]").fill(password);
        page.locator("input[name=password]").press("Enter");
    }

    static void chooseNewPassword(Page page, String current, String next) {
        assertThat(page.getByText("Choose your password")).isVisible();
        page.getByLabel("Current password").fill(current);
        page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(next);
        page.getByLabel("Repeat new password").fill(next);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and continue")).click();
    }

    @Test
    void the_initial_admin_signs_in_sets_a_password_creates_a_project_and_shares_it_read_only() throws Exception {
        initialSetup.run(new DefaultApplicationArguments());
        String printed = Files.readString(TestDatabase.get().dataDir().resolve(InitialSetup.PASSWORD_FILE)).strip();

        var admin = BrowserSupport.browser().newContext().newPage();
        admin.navigate(url("/"));
        assertThat(admin.getByText("First start: sign in as \"admin\"")).isVisible();
        signIn(admin, "admin", "wrong password");
        assertThat(admin.getByText("The login name or password is not right")).isVisible();
        signIn(admin, "admin", printed);
        chooseNewPassword(admin, printed, "newsroom coffee 2026");

        assertThat(admin.getByText("No projects yet")).isVisible();
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New project")).click();
        admin.getByLabel("Name").fill("Harbour fire");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create")).click();
        assertThat(admin.locator("vaadin-grid").getByText("Harbour fire")).isVisible();
        admin.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("first-sign-in-projects")));

        admin.navigate(url("/admin/users"));
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New user")).click();
        admin.getByLabel("Login name").fill("vera");
        admin.getByLabel("Display name").fill("Vera Viewer");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create")).click();
        String veraTemporary = admin.locator(".fd-secret input").inputValue();
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Done")).click();

        admin.navigate(url("/"));
        admin.getByText("Harbour fire").click();
        admin.locator("vaadin-side-nav-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Members")).click();
        admin.getByLabel("Add a person").fill("vera");
        admin.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Vera Viewer (vera)")).click();
        admin.getByLabel("Role", new Page.GetByLabelOptions().setExact(true)).click();
        admin.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Viewer").setExact(true)).click();
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add").setExact(true)).click();
        assertThat(admin.getByText("Added Vera Viewer as Viewer.")).isVisible();

        var vera = BrowserSupport.browser().newContext().newPage();
        vera.navigate(url("/"));
        signIn(vera, "vera", veraTemporary);
        chooseNewPassword(vera, veraTemporary, "reading only, ninety-nine");
        assertThat(vera.locator("vaadin-grid").getByText("Harbour fire")).isVisible();
        assertThat(vera.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rename"))).hasCount(0);
        vera.getByText("Harbour fire").click();
        vera.locator("vaadin-side-nav-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Members")).click();
        assertThat(vera.getByText("Only owners change who works on this project")).isVisible();
        assertThat(vera.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove"))).hasCount(0);
        vera.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("first-sign-in-viewer")));
        assertThat(Files.size(BrowserSupport.screenshot("first-sign-in-viewer"))).isPositive();
    }
}
