package org.factdesk.review;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.util.List;
import org.factdesk.BrowserSupport;
import org.factdesk.FactdeskApplication;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.claim.ClaimFixtures;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ClaimService;
import org.factdesk.team.ProjectRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Two app instances on one database, as behind a load balancer with sticky sessions: a change
 * made on one reaches a browser on the other through LISTEN/NOTIFY and Push within two seconds.
 */
@FactdeskIntegrationTest
class LiveCollaborationIT {

    static final double TWO_SECONDS = 2_000;

    @LocalServerPort int portA;
    @Autowired Environment environment;
    @Autowired Fixtures fixtures;
    @Autowired ClaimService claims;
    @Autowired ReviewService reviews;
    @Autowired ClaimFixtures claimFixtures;

    ConfigurableApplicationContext instanceB;
    int portB;
    final List<BrowserContext> browsers = new java.util.ArrayList<>();

    @BeforeEach
    void startSecondInstance() throws Exception {
        // command-line arguments, because builder properties rank below application.properties
        instanceB = new SpringApplicationBuilder(FactdeskApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + environment.getProperty("spring.datasource.password"),
                "--factdesk.data-dir=" + Files.createTempDirectory("factdesk-instance-b"),
                "--factdesk.demo=false");
        portB = Integer.parseInt(instanceB.getEnvironment().getProperty("local.server.port"));
    }

    @AfterEach
    void stopSecondInstance() {
        browsers.forEach(BrowserContext::close);
        instanceB.close();
    }

    /** A claim in a project of {@code owner}, with {@code editor} as a member. */
    ClaimId claimOnSharedProject(String owner, String editor) {
        var project = fixtures.project("Live desk " + owner, fixtures.user(owner));
        fixtures.member(project, fixtures.user(editor), ProjectRole.EDITOR);
        fixtures.signIn(owner);
        var claim = claimFixtures.bridgeClaim(project);
        fixtures.signOut();
        return claim;
    }

    Page open(int port, String login, ClaimId claim) {
        var context = BrowserSupport.browser().newContext(new Browser.NewContextOptions().setViewportSize(1366, 900));
        browsers.add(context);
        var page = context.newPage();
        BrowserSupport.signIn(page, port, login, Fixtures.PASSWORD);
        page.navigate("http://localhost:" + port + "/claims/" + claim.value());
        assertThat(page.getByText("Verdict", new Page.GetByTextOptions().setExact(true))).isVisible();
        return page;
    }

    @Test
    void a_save_on_one_instance_appears_in_a_browser_on_the_other_within_two_seconds() {
        var claim = claimOnSharedProject("live-owner", "live-editor");
        var page = open(portB, "live-editor", claim);

        fixtures.signIn("live-owner");
        long start = System.nanoTime();
        var scale = reviews.scale(reviews.get(claim).claim().data().projectId());
        reviews.save(claim, 0, new ReviewData(scale.levels().get(1).id(), "The city counts eleven.", null, null,
                List.of(), null, null));
        fixtures.signOut();

        var within = new LocatorAssertions.HasValueOptions().setTimeout(TWO_SECONDS);
        assertThat(page.getByLabel("Rationale")).hasValue("The city counts eleven.", within);
        System.out.printf("Live update from instance A reached the browser on instance B after %d ms%n",
                (System.nanoTime() - start) / 1_000_000);
        assertThat(page.locator(".fd-live-note")).containsText("Live-owner");
    }

    @Test
    void two_editors_on_two_instances_see_each_other_and_a_verdict_goes_across_live() throws Exception {
        var claim = claimOnSharedProject("pair-owner", "pair-editor");
        var owner = open(portA, "pair-owner", claim);
        var editor = open(portB, "pair-editor", claim);

        var presence = new LocatorAssertions.ContainsTextOptions().setTimeout(TWO_SECONDS);
        assertThat(owner.locator(".fd-also-here")).containsText("Pair-editor", presence);
        assertThat(editor.locator(".fd-also-here")).containsText("Pair-owner", presence);

        owner.locator("body").click(new com.microsoft.playwright.Locator.ClickOptions().setPosition(5, 300));
        owner.keyboard().press("2");
        owner.getByLabel("Rationale").fill("Hospital says eleven, not fourteen.");
        owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
        assertThat(owner.locator(".fd-save-state")).containsText("version 1");

        assertThat(editor.locator(".fd-verdict-selected")).containsText("Mostly true", presence);
        assertThat(editor.getByLabel("Rationale")).hasValue("Hospital says eleven, not fourteen.",
                new LocatorAssertions.HasValueOptions().setTimeout(TWO_SECONDS));
        editor.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("live-collaboration")));

        editor.context().close();
        browsers.remove(editor.context());
        assertThat(owner.locator(".fd-also-here")).isHidden(new LocatorAssertions.IsHiddenOptions().setTimeout(TWO_SECONDS));
    }
}
