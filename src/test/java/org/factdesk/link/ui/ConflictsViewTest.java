package org.factdesk.link.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.factdesk.KaribuViewTest;
import org.factdesk.claim.ClaimId;
import org.factdesk.link.Difference;
import org.factdesk.link.DifferenceKind;
import org.factdesk.link.LinkFixtures;
import org.factdesk.link.LinkId;
import org.factdesk.link.LinkRelation;
import org.factdesk.link.LinkService.LinkPair;
import org.factdesk.link.LinkState;
import org.factdesk.team.ProjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ConflictsViewTest extends KaribuViewTest {

    @Autowired LinkFixtures linkFixtures;

    ProjectId project;
    ClaimId gazette;
    ClaimId council;
    ClaimId police;
    LinkId figure;
    LinkId date;

    void threeSources(String login) {
        project = fixtures.project("Conflicts " + login, fixtures.user(login));
        signIn(login);
        var story = linkFixtures.bridgeStory(project);
        gazette = story.gazette();
        council = story.council();
        police = story.police();
        figure = linkFixtures.suggest(project, council, gazette, LinkRelation.CONFLICTS, 90,
                List.of("same counted thing: people injured"),
                List.of(new Difference(DifferenceKind.FIGURE, "11 injured", "at least 14 injured")));
        date = linkFixtures.suggest(project, gazette, police, LinkRelation.CONFLICTS, 80,
                List.of("shared names: bridge"),
                List.of(new Difference(DifferenceKind.DATE, "Tuesday", "Monday")));
        linkFixtures.suggest(project, council, police, LinkRelation.CORROBORATES, 70, List.of("similar wording 0.61"),
                List.of());
    }

    @Test
    void the_conflicts_page_lists_conflicts_with_their_differences_and_filters_by_kind() {
        threeSources("cf-list");
        navigate(LinkNavigation.conflicts(project));
        var view = _get(ConflictsView.class);

        assertThat(view.shownPairs()).extracting(LinkPair::id).as("conflicts only, best first")
                .containsExactly(figure, date);
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("11 injured", "at least 14 injured", "same counted thing: people injured",
                "Eleven people were injured");

        @SuppressWarnings("unchecked")
        Select<DifferenceKind> kind = _get(Select.class, spec -> spec.withId("conflicts-difference"));
        _setValue(kind, DifferenceKind.DATE);
        assertThat(view.shownPairs()).extracting(LinkPair::id).containsExactly(date);
        assertThat(view.parameters().getQueryString()).isEqualTo("difference=date");

        navigate(LinkNavigation.conflicts(project) + "?difference=figure");
        assertThat(_get(ConflictsView.class).shownPairs()).extracting(LinkPair::id).containsExactly(figure);
    }

    @Test
    void c_confirms_the_selected_conflict_and_selects_the_next_r_rejects_it() {
        threeSources("cf-decide");
        navigate(LinkNavigation.conflicts(project));
        var view = _get(ConflictsView.class);
        assertThat(view.selectedLink()).isEqualTo(figure);

        view.pressKey("c");
        assertThat(linkFixtures.state(figure)).isEqualTo(LinkState.CONFIRMED);
        assertThat(linkFixtures.revisions(figure)).as("a revision written").last().isEqualTo("CONFIRMED");
        assertThat(view.selectedLink()).as("decide in a keystroke and move on").isEqualTo(date);

        view.pressKey("r");
        assertThat(linkFixtures.state(date)).isEqualTo(LinkState.REJECTED);
        assertThat(view.shownPairs()).extracting(LinkPair::id).as("rejected pairs leave the open list")
                .containsExactly(figure);

        @SuppressWarnings("unchecked")
        Select<LinkState> state = _get(Select.class, spec -> spec.withId("conflicts-state"));
        _setValue(state, LinkState.REJECTED);
        assertThat(view.shownPairs()).extracting(LinkPair::id).contains(date).doesNotContain(figure);
    }
}
