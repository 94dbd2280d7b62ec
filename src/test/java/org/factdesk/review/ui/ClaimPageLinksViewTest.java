package org.factdesk.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.factdesk.KaribuViewTest;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ui.ClaimNavigation;
import org.factdesk.link.Difference;
import org.factdesk.link.DifferenceKind;
import org.factdesk.link.LinkFixtures;
import org.factdesk.link.LinkId;
import org.factdesk.link.LinkRelation;
import org.factdesk.link.LinkState;
import org.factdesk.team.ProjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "In other sources" on the claim page, which the link module contributes (the review module knows it not). */
class ClaimPageLinksViewTest extends KaribuViewTest {

    @Autowired LinkFixtures linkFixtures;

    ProjectId project;
    ClaimId council;
    ClaimId gazette;
    ClaimId police;
    LinkId conflict;
    LinkId agrees;

    void sources(String login) {
        project = fixtures.project("Claim links " + login, fixtures.user(login));
        signIn(login);
        var story = linkFixtures.bridgeStory(project);
        council = story.council();
        gazette = story.gazette();
        police = story.police();
        conflict = linkFixtures.suggest(project, council, gazette, LinkRelation.CONFLICTS, 85,
                List.of("same counted thing: people injured", "same day: Tuesday"),
                List.of(new Difference(DifferenceKind.FIGURE, "11 injured", "at least 14 injured")));
        agrees = linkFixtures.suggest(project, council, police, LinkRelation.CORROBORATES, 75,
                List.of("similar wording 0.66"), List.of());
    }

    private String panelText() {
        return _get(Div.class, spec -> spec.withClasses("fd-link-panel")).getElement().getTextRecursively();
    }

    @Test
    void the_claim_page_shows_a_suggested_conflict_with_its_differences_and_c_confirms_it() {
        sources("cl-confirm");
        navigate(ClaimNavigation.claim(council));
        var view = _get(ClaimView.class);

        assertThat(panelText()).contains("In other sources", "1 source agrees, 1 conflicts", "Conflicts",
                "11 injured", "at least 14 injured", "same counted thing: people injured",
                "At least 14 people were injured", "Suggested");
        assertThat(view.getElement().getAttribute("data-fd-keys")).contains("c", "r");

        view.pressKey("c");
        assertThat(linkFixtures.state(conflict)).as("conflicts come first, so c confirms the conflict")
                .isEqualTo(LinkState.CONFIRMED);
        assertThat(linkFixtures.revisions(conflict)).as("a revision written").last().isEqualTo("CONFIRMED");
        assertThat(_get(EvidenceSection.class).getElement().getTextRecursively())
                .as("a confirmed link is evidence too").contains("From other sources", "At least 14 people");

        view.pressKey("r");
        assertThat(linkFixtures.state(agrees)).as("then the next suggestion").isEqualTo(LinkState.REJECTED);
        assertThat(panelText()).doesNotContain("Fourteen people were hurt");

        // both decisions are in the claim's history, in words, by whom
        navigate(ClaimNavigation.claim(council));
        @SuppressWarnings("unchecked")
        var history = (com.vaadin.flow.component.grid.Grid<Object>) _get(_get(ReviewHistory.class),
                com.vaadin.flow.component.grid.Grid.class);
        int rows = (int) history.getGenericDataView().getItems().count();
        var lines = java.util.stream.IntStream.range(0, rows).mapToObj(i ->
                com.github.mvysny.kaributesting.v10.GridKt._getFormatted(history, i, "action") + ": "
                        + com.github.mvysny.kaributesting.v10.GridKt._getFormatted(history, i, "changes")).toList();
        assertThat(lines).anyMatch(l -> l.startsWith("link confirmed: Conflicts with “At least 14 people"))
                .anyMatch(l -> l.startsWith("link rejected: Corroborates with “"));
    }

    @Test
    void a_click_on_the_other_quote_opens_that_claim() {
        sources("cl-open");
        navigate(ClaimNavigation.claim(council));

        _click(_get(Div.class, spec -> spec.withClasses("fd-link-quote").withText(
                "“At least 14 people were injured when the bridge collapsed, officials said on Tuesday.”")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo(ClaimNavigation.claim(gazette));
    }

    @Test
    void a_decision_on_a_stale_link_says_so_and_shows_the_link_as_it_is() {
        sources("cl-stale");
        navigate(ClaimNavigation.claim(council));
        // someone else confirms the conflict after the page was drawn
        fixtures.jdbc().sql("update claim_link set state = 'CONFIRMED', version = version + 1 where id = :id")
                .param("id", conflict.value()).update();

        _get(ClaimView.class).pressKey("r");

        assertThat(linkFixtures.state(conflict)).isEqualTo(LinkState.CONFIRMED);
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications()).extracting(
                n -> n.getElement().getProperty("text", "") + n.getElement().getTextRecursively())
                .anySatisfy(text -> assertThat(text).contains("Someone decided on this link meanwhile"));
        assertThat(panelText()).contains("Confirmed");
    }
}
