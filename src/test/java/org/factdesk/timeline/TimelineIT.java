package org.factdesk.timeline;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.factdesk.BrowserSupport;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.link.LinkService;
import org.factdesk.source.ImportRequest;
import org.factdesk.source.SourceImporter;
import org.factdesk.team.ProjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An editor zooms the timeline in Chromium, keeps the conflicts only, and opens the disputed event. */
@FactdeskIntegrationTest
class TimelineIT {

    @LocalServerPort int port;
    @Autowired SourceImporter importer;
    @Autowired LinkService links;
    @Autowired TimelineService timeline;
    @Autowired Fixtures fixtures;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    private void put(ProjectId project, String file, String sentence) {
        importer.importOne(project, ImportRequest.file(file, "text/plain",
                ("Report\n\nMarch 4, 2026\n\n" + sentence + "\n").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void an_editor_zooms_filters_to_conflicts_and_opens_an_event_with_its_claims_side_by_side() throws Exception {
        var project = fixtures.project("Timeline in the browser", fixtures.user("tl-it"));
        fixtures.signIn("tl-it");
        put(project, "a.txt", "Eleven people were injured when the Kestrel Bay footbridge collapsed on Tuesday, the "
                + "council said.");
        put(project, "b.txt", "At least 14 people were injured when the Kestrel Bay footbridge collapsed on Tuesday, "
                + "witnesses said.");
        put(project, "c.txt", "The Orlov dam burst on 12 January, flooding four villages, the ministry said.");
        put(project, "d.txt", "Officials reopened the Orlov road on 20 February after the floods, the ministry said.");
        await().pollInSameThread().atMost(Duration.ofSeconds(60))
                .until(() -> links.pending(project) == 0 && !timeline.updating(project));
        fixtures.signOut();

        var context = BrowserSupport.browser().newContext(new Browser.NewContextOptions().setViewportSize(1366, 768));
        Page page = context.newPage();
        BrowserSupport.signIn(page, port, "tl-it", Fixtures.PASSWORD);
        page.navigate("http://localhost:" + port + "/projects/" + project + "/timeline");
        assertThat(page.locator("#timeline-drawing svg")).isVisible();
        assertThat(page.locator("#timeline-drawing .fd-tl-event")).hasCount(4);
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("timeline")));

        String before = page.locator("#timeline-range").innerText();
        page.locator("h2, h1").first().click();
        page.keyboard().press("+");
        assertThat(page.locator("#timeline-range")).not().hasText(before);
        page.keyboard().press("0");
        assertThat(page.locator("#timeline-range")).hasText(before);

        page.locator("#timeline-conflicts-only").click();
        assertThat(page.locator("#timeline-drawing .fd-tl-event")).hasCount(2);
        assertThat(page.locator("#timeline-drawing .fd-tl-conflict")).hasCount(1);
        page.locator("#timeline-drawing .fd-tl-event").first().click(new com.microsoft.playwright.Locator.ClickOptions().setForce(true));
        assertThat(page.locator("#timeline-panel .fd-timeline-card")).hasCount(2);
        assertThat(page.locator("#timeline-panel")).containsText("Eleven people were injured");
        assertThat(page.locator("#timeline-panel")).containsText("At least 14 people were injured");
        assertThat(page.locator("#timeline-panel .fd-timeline-conflict")).containsText("figure");
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("timeline-event")));
        context.close();
    }
}
