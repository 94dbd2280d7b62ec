package org.factdesk.claim.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.factdesk.KaribuViewTest;
import org.factdesk.claim.ClaimService;
import org.factdesk.link.Difference;
import org.factdesk.link.DifferenceKind;
import org.factdesk.link.LinkFixtures;
import org.factdesk.link.LinkRelation;
import org.factdesk.link.LinkState;
import org.factdesk.source.ui.SourceNavigation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The reader's selected card shows "In other sources" too, and c / r decide there. */
class ReaderLinksViewTest extends KaribuViewTest {

    @Autowired LinkFixtures linkFixtures;
    @Autowired ClaimService claims;

    @Test
    void the_selected_card_shows_the_conflict_and_r_rejects_it() {
        var project = fixtures.project("Reader links", fixtures.user("rl-reader"));
        signIn("rl-reader");
        var story = linkFixtures.bridgeStory(project);
        var council = story.council();
        var gazette = story.gazette();
        var conflict = linkFixtures.suggest(project, council, gazette, LinkRelation.CONFLICTS, 85,
                List.of("same counted thing: people injured"),
                List.of(new Difference(DifferenceKind.FIGURE, "11 injured", "at least 14 injured")));

        navigate(SourceNavigation.document(claims.get(council).data().documentId()) + "?claim=" + council);
        var view = _get(ReaderView.class);
        var card = _get(ClaimCard.class, spec -> spec.withClasses("fd-selected"));
        assertThat(_get(card, Div.class, spec -> spec.withClasses("fd-link-panel")).getElement().getTextRecursively())
                .contains("1 source conflicts", "11 injured", "at least 14 injured");

        view.pressKey("r");
        assertThat(linkFixtures.state(conflict)).isEqualTo(LinkState.REJECTED);
    }
}
