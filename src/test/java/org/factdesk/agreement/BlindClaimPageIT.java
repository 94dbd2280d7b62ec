package org.factdesk.agreement;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.factdesk.BrowserSupport;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.review.ReviewData;
import org.factdesk.review.ReviewService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A reviewer in an open round opens a claim in Chromium: its verdict stays hidden until they have given theirs. */
@FactdeskIntegrationTest
class BlindClaimPageIT {

    @LocalServerPort int port;
    @Autowired AgreementFixtures desks;
    @Autowired AgreementService agreement;
    @Autowired ReviewService reviews;
    @Autowired Fixtures fixtures;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void a_blind_reviewer_sees_no_verdict_gives_one_by_key_and_then_sees_the_claims_own() throws Exception {
        var desk = desks.desk("bl-it", 2);
        var claim = desk.claims().getFirst();
        var mixed = reviews.scale(desk.project()).byLabel("Mixed").orElseThrow();
        reviews.save(claim, 0, ReviewData.empty().withVerdictId(mixed.id()).withRationale("The owner's reasoning"));
        agreement.start(desk.project(), "Blind browser round", RoundSelection.of(desk.claims().subList(0, 2)),
                desk.reviewers());

        var context = BrowserSupport.browser().newContext(new Browser.NewContextOptions().setViewportSize(1366, 768));
        Page page = context.newPage();
        BrowserSupport.signIn(page, port, "bl-it-r1", Fixtures.PASSWORD);
        page.navigate("http://localhost:" + port + "/claims/" + claim.value());

        assertThat(page.locator(".fd-blind-note")).isVisible();
        assertThat(page.locator("#blind-verdict")).containsText("Not given yet");
        assertThat(page.locator("body")).not().containsText("The owner's reasoning");
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("blind-claim-page")));

        page.locator(".fd-blind-note").click();
        int position = reviews.scale(desk.project()).levels().indexOf(
                reviews.scale(desk.project()).byLabel("True").orElseThrow()) + 1;
        page.keyboard().press(Integer.toString(position));
        page.locator("#blind-verdict vaadin-button:has-text(\"Give verdict\")").click();

        assertThat(page.locator(".fd-blind-note")).isHidden();
        assertThat(page.locator("body")).containsText("The owner's reasoning");
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("blind-claim-given")));
        context.close();
    }
}
