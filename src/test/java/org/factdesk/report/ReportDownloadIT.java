package org.factdesk.report;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.factdesk.BrowserSupport;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An editor builds a report in the browser, watches it run and downloads it. */
@FactdeskIntegrationTest
class ReportDownloadIT {

    @LocalServerPort int port;
    @Autowired ReportFixtures reportFixtures;
    @Autowired Fixtures fixtures;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void an_editor_downloads_a_pdf_report_and_a_csv_of_the_claims_list_filter() throws Exception {
        var reviewed = reportFixtures.reviewedProject("Browser report", "dl-owner");
        var context = BrowserSupport.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
                .setAcceptDownloads(true));
        Page page = context.newPage();
        BrowserSupport.signIn(page, port, "dl-owner", Fixtures.PASSWORD);
        page.navigate("http://localhost:" + port + "/projects/" + reviewed.project() + "/reports");
        page.getByText("PDF report").click();
        page.getByText("Include claims without a verdict").click();
        assertThat(page.locator("text=Covers " + reviewed.claims() + " claims.")).isVisible();
        var download = page.waitForDownload(new Page.WaitForDownloadOptions().setTimeout(120_000),
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Export").setExact(true))
                        .click());
        assertThat(download.suggestedFilename()).startsWith("browser-report-").endsWith(".pdf");
        try (var pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains(reviewed.published().data().quote().replaceAll("\\s+", ""));
        }
        assertThat(page.locator(".fd-download").first()).containsText(".pdf");
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("report-ready")));

        page.navigate("http://localhost:" + port + "/projects/" + reviewed.project() + "/claims");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Search claims")).fill("killed");
        page.waitForTimeout(800);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Export…")).click();
        assertThat(page.locator("vaadin-radio-button[checked]").first()).containsText("The claims list's filter");
        assertThat(page.locator("vaadin-radio-button[checked]").first()).containsText("“killed”");
        page.getByText("CSV (one row per claim)").click();
        var csv = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Export").setExact(true)).click());
        assertThat(csv.suggestedFilename()).endsWith(".csv");
        String rows = Files.readString(csv.path());
        assertThat(rows).contains(reviewed.published().data().quote());
        assertThat(rows.lines().count()).as("only the filtered claims").isLessThan(reviewed.claims());
        context.close();
    }
}
