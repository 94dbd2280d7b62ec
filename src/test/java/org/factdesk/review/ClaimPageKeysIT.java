package org.factdesk.review;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import org.factdesk.BrowserSupport;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ClaimOrigin;
import org.factdesk.claim.ClaimService;
import org.factdesk.source.DocumentId;
import org.factdesk.source.ImportRequest;
import org.factdesk.source.SourceImporter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** In real Chromium: the keys of the claim page and the reader do what the overlay says, and nothing is lost. */
@FactdeskIntegrationTest
class ClaimPageKeysIT {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired SourceImporter importer;
    @Autowired ClaimService claims;
    @Autowired ReviewService reviews;
    @Autowired DiscussionService discussion;

    record Story(DocumentId document, ClaimId claim) {
    }

    Story story(String login) {
        var project = fixtures.project("Keys " + login, fixtures.user(login));
        fixtures.signIn(login);
        var document = importer.importOne(project, ImportRequest.file("ferry.txt", "text/plain", """
                Ferry strike

                Dock workers walked out on Monday, the union said, and at least 300 ferry crossings were cancelled.

                The quay is long and its lamps are green.
                """.getBytes(StandardCharsets.UTF_8))).documentId();
        var claim = claims.forDocument(document).getFirst().id();
        fixtures.signOut();
        return new Story(document, claim);
    }

    Page page(String login) {
        Page page = BrowserSupport.browser().newContext(new Browser.NewContextOptions().setViewportSize(1366, 768))
                .newPage();
        BrowserSupport.signIn(page, port, login, Fixtures.PASSWORD);
        return page;
    }

    @Test
    void ctrl_enter_in_the_comment_box_posts_the_comment_and_leaving_with_an_unsaved_verdict_asks_first() {
        var story = story("keys-claim");
        var page = page("keys-claim");
        page.navigate("http://localhost:" + port + "/claims/" + story.claim());
        assertThat(page.locator(".fd-claim-view-quote")).containsText("Dock workers");

        page.keyboard().press("2");
        assertThat(page.locator(".fd-save-state")).hasText("Unsaved changes");
        var box = page.locator("textarea[aria-label='New comment']");
        box.fill("Who counted the crossings?");
        box.press("Control+Enter");
        assertThat(page.locator(".fd-comments")).containsText("Who counted the crossings?");
        fixtures.signIn("keys-claim");
        assertThat(discussion.comments(story.claim())).hasSize(1);
        assertThat(reviews.get(story.claim()).version()).as("the review was not saved by the comment's keys").isZero();
        fixtures.signOut();

        // the browser asks before a reload or closing the tab
        Object asked = page.evaluate("() => { const e = new Event('beforeunload', {cancelable: true});"
                + " window.dispatchEvent(e); return e.defaultPrevented; }");
        assertThat(asked).isEqualTo(true);

        page.locator(".fd-claim-view-quote").click();
        page.keyboard().press("?");
        assertThat(page.getByText("Keyboard shortcuts").first()).isVisible();
        page.keyboard().press("Escape");

        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Sources")).first().click();
        assertThat(page.getByText("Leave without saving?").first()).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshot("claim-page-leave")));
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Stay")).click();
        assertThat(page.locator(".fd-save-state")).hasText("Unsaved changes");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/claims/" + story.claim()));

        // after staying, leaving again asks again (a navigation left postponed would swallow every later link)
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Sources")).first().click();
        assertThat(page.getByText("Leave without saving?").first()).isVisible();
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Discard changes")).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/sources"));
    }

    @Test
    void shift_and_arrows_select_text_in_the_reader_and_m_makes_a_claim_of_it() {
        var story = story("keys-reader");
        fixtures.signIn("keys-reader");
        int before = claims.forDocument(story.document()).size();
        fixtures.signOut();
        var page = page("keys-reader");
        page.navigate("http://localhost:" + port + "/documents/" + story.document());
        assertThat(page.locator(".fd-reader-text")).containsText("The quay is long");

        // put the caret before "The quay", then select four words from the keyboard
        page.evaluate("() => { const run = [...document.querySelectorAll('.fd-reader-text [data-start]')]"
                + ".find(e => e.textContent.includes('The quay'));"
                + " const walker = document.createTreeWalker(run, NodeFilter.SHOW_TEXT); const node = walker.nextNode();"
                + " const range = document.createRange(); range.setStart(node, node.textContent.indexOf('The quay'));"
                + " range.collapse(true); const s = window.getSelection(); s.removeAllRanges(); s.addRange(range); }");
        for (int i = 0; i < 4; i++) {
            page.keyboard().press("Control+Shift+ArrowRight");
        }
        String selected = (String) page.evaluate("() => window.getSelection().toString()");
        assertThat(selected.strip()).isEqualTo("The quay is long");
        page.keyboard().press("m");

        assertThat(page.locator(".fd-claim-card.fd-selected")).containsText("The quay is long");
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshot("reader-keyboard-claim")));
        fixtures.signIn("keys-reader");
        var after = claims.forDocument(story.document());
        assertThat(after).hasSize(before + 1);
        assertThat(after).anySatisfy(c -> {
            assertThat(c.data().origin()).isEqualTo(ClaimOrigin.MANUAL);
            assertThat(c.data().quote()).isEqualTo("The quay is long");
        });
        fixtures.signOut();
    }

    @Test
    void a_slash_typed_in_a_field_stays_there_and_on_the_page_it_jumps_to_the_search() {
        var story = story("keys-slash");
        var page = page("keys-slash");
        fixtures.signIn("keys-slash");
        long project = claims.get(story.claim()).data().projectId().value();
        fixtures.signOut();
        page.navigate("http://localhost:" + port + "/projects/" + project + "/claims");
        var claimant = page.locator("input[placeholder='Claimant']");
        claimant.click();
        page.keyboard().type("city/hall");
        assertThat(claimant).hasValue("city/hall");
        assertThat(page.locator("input[placeholder='Search claims']")).hasValue("");

        page.locator("h2, h1").first().click();
        page.keyboard().press("/");
        page.keyboard().type("ferry");
        assertThat(page.locator("input[placeholder='Search claims']")).hasValue("ferry");
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshot("claims-list")));
    }

    static java.nio.file.Path screenshot(String name) {
        try {
            return BrowserSupport.screenshot(name);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
