package org.factdesk.claim;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import org.factdesk.BrowserSupport;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.source.ImportRequest;
import org.factdesk.source.SourceImporter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** In real Chromium: select a sentence in the reader, press m, and the claim exists. */
@FactdeskIntegrationTest
class MakeClaimIT {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired SourceImporter importer;
    @Autowired ClaimService claims;

    @Test
    void an_editor_selects_text_and_makes_a_claim_with_the_keyboard() {
        var project = fixtures.project("Reader desk", fixtures.user("reader-editor"));
        fixtures.signIn("reader-editor");
        var document = importer.importOne(project, ImportRequest.file("note.txt", "text/plain", """
                Harbour notes

                The pier was rebuilt in the spring and painted white by volunteers.

                Nobody was hurt.
                """.getBytes(StandardCharsets.UTF_8))).documentId();
        int before = claims.forDocument(document).size();
        fixtures.signOut();

        Page page = BrowserSupport.browser().newContext(new Browser.NewContextOptions().setViewportSize(1366, 900))
                .newPage();
        BrowserSupport.signIn(page, port, "reader-editor", Fixtures.PASSWORD);
        page.navigate("http://localhost:" + port + "/documents/" + document);
        assertThat(page.locator(".fd-reader-text")).containsText("The pier was rebuilt");

        // select "The pier was rebuilt in the spring" with the mouse, as an editor would
        var run = page.locator(".fd-reader-text [data-start]", new Page.LocatorOptions().setHasText("The pier was rebuilt"))
                .first();
        var box = run.boundingBox();
        page.mouse().move(box.x + 1, box.y + box.height / 2);
        page.mouse().down();
        page.mouse().move(box.x + box.width * 0.45, box.y + box.height / 2, new com.microsoft.playwright.Mouse.MoveOptions()
                .setSteps(8));
        page.mouse().up();
        String selected = (String) page.evaluate("() => window.getSelection().toString()");
        assertThat(selected).startsWith("The pier");
        page.keyboard().press("m");

        assertThat(page.locator(".fd-claim-card.fd-selected")).containsText("The pier");
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshot()));
        fixtures.signIn("reader-editor");
        var after = claims.forDocument(document);
        assertThat(after).hasSize(before + 1);
        assertThat(after).anySatisfy(c -> {
            assertThat(c.data().origin()).isEqualTo(ClaimOrigin.MANUAL);
            // the selection cut a word; the claim takes the whole word
            assertThat(c.data().quote()).startsWith(selected.strip()).startsWith("The pier");
            assertThat(Character.isLetter(c.data().quote().charAt(c.data().quote().length() - 1))).isTrue();
            assertThat("The pier was rebuilt in the spring and painted white by volunteers.").contains(c.data().quote());
        });
        int made = after.size();
        fixtures.signOut();

        // a click in the new claim's text puts the cursor there; Split at cursor splits it there
        var claimRun = page.locator(".fd-reader-text .fd-claim-selected").first();
        var claimBox = claimRun.boundingBox();
        page.mouse().click(claimBox.x + claimBox.width * 0.6, claimBox.y + claimBox.height / 2);
        page.locator(".fd-claim-card.fd-selected vaadin-button", new Page.LocatorOptions().setHasText("Split at cursor"))
                .click();
        assertThat(page.getByText("Split into two claims.").first()).isVisible();
        fixtures.signIn("reader-editor");
        assertThat(claims.forDocument(document)).hasSize(made + 1);
        fixtures.signOut();
    }

    static java.nio.file.Path screenshot() {
        try {
            return BrowserSupport.screenshot("make-claim");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
