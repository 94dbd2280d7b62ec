package org.factdesk.source;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factdesk.BrowserSupport;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Uploading through the browser's file chooser, then reading the result. */
@FactdeskIntegrationTest
class SourceUploadIT {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @TempDir Path files;

    @Test
    void an_editor_uploads_files_with_the_file_chooser_and_opens_the_imported_document() throws Exception {
        var project = fixtures.project("Upload desk", fixtures.user("uploader"));
        Path seed = files.resolve("002_tehran.txt");
        Files.write(seed, SampleFiles.seed("002_f6ff097811d0b4ab.txt"));
        Path pdf = files.resolve("inspection.pdf");
        Files.write(pdf, SampleFiles.pdf("The footbridge passed inspection in May 2024."));
        Path empty = files.resolve("empty.txt");
        Files.write(empty, new byte[0]);

        Page page = BrowserSupport.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))
                .newPage();
        BrowserSupport.signIn(page, port, "uploader", Fixtures.PASSWORD);
        page.navigate("http://localhost:" + port + "/projects/" + project + "/sources");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload files")).click();

        var chooser = page.waitForFileChooser(() -> page.locator("vaadin-upload vaadin-button, vaadin-upload-button")
                .first().click());
        chooser.setFiles(new Path[] {seed, pdf, empty});

        assertThat(page.locator(".fd-import-row")).hasCount(3);
        assertThat(page.locator(".fd-import-imported")).hasCount(2);
        assertThat(page.locator(".fd-import-rejected")).containsText("The file is empty.");
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("source-upload-results")));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Done")).click();

        page.locator("vaadin-grid-cell-content").getByText("Unable to break Khan Younis, Israeli forces flee under fire")
                .first().click();
        assertThat(page.locator("h2.fd-block-title")).hasText("Unable to break Khan Younis, Israeli forces flee under fire");
        assertThat(page.locator(".fd-reader-meta")).containsText("Ali Karbalaei");
        assertThat(page.locator(".fd-claim-card").first()).isVisible();
        assertThat(page.locator(".fd-block-boilerplate")).hasText("Leave a Comment");
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("source-document"))
                .setFullPage(true));
    }
}
