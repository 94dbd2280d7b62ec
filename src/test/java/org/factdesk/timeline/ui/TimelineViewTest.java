package org.factdesk.timeline.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.KaribuViewTest;
import org.factdesk.claim.ClaimId;
import org.factdesk.link.Difference;
import org.factdesk.link.DifferenceKind;
import org.factdesk.link.LinkFixtures;
import org.factdesk.link.LinkRelation;
import org.factdesk.team.ProjectId;
import org.factdesk.timeline.EventId;
import org.factdesk.timeline.TimelineFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TimelineViewTest extends KaribuViewTest {

    @Autowired LinkFixtures linkFixtures;
    @Autowired TimelineFixtures timelineFixtures;

    ProjectId project;
    ClaimId council;
    ClaimId gazette;
    ClaimId dam;

    void story(String login) {
        project = fixtures.project("Timeline " + login, fixtures.user(login));
        signIn(login);
        council = linkFixtures.claim(project, "council.txt",
                "Eleven people were injured when the footbridge collapsed on 3 March 2026, the council said.");
        gazette = linkFixtures.claim(project, "gazette.txt",
                "At least 14 people were injured when the footbridge collapsed on 4 March 2026, witnesses said.");
        dam = linkFixtures.claim(project, "ministry.txt",
                "The Orlov dam burst on 12 January 2026, flooding four villages, the ministry said.");
        linkFixtures.settle(project);
        linkFixtures.suggest(project, council, gazette, LinkRelation.CONFLICTS, 80, List.of("shared names: footbridge"),
                List.of(new Difference(DifferenceKind.FIGURE, "11 injured", "at least 14 injured")));
        timelineFixtures.build(project);
    }

    private String svg(TimelineView view) {
        return _get(view, com.vaadin.flow.component.html.Div.class, spec -> spec.withId("timeline-drawing"))
                .getElement().getProperty("innerHTML");
    }

    @Test
    void the_timeline_draws_each_event_in_its_sources_lanes_and_joins_the_conflict_in_red() {
        story("tv-draw");
        navigate(TimelineNavigation.timeline(project));
        var view = _get(TimelineView.class);

        String svg = svg(view);
        assertThat(svg).contains("data-event=\"" + council.value() + "\"", "data-event=\"" + dam.value() + "\"",
                "fd-tl-conflict", "Conflict: figure: 11 injured ↔ at least 14 injured");
        assertThat(view.getElement().getTextRecursively()).contains("2 events", "1 with conflicts");

        view.select(new EventId(council.value()));
        String panel = _get(view, com.vaadin.flow.component.html.Div.class, spec -> spec.withId("timeline-panel"))
                .getElement().getTextRecursively();
        assertThat(panel).contains("Eleven people were injured", "At least 14 people were injured",
                "Sources give different dates: 3 Mar 2026, 4 Mar 2026", "3 – 4 Mar 2026", "2 sources");
    }

    @Test
    void keys_zoom_and_move_through_time_and_conflicts_only_keeps_the_disputed_event() {
        story("tv-keys");
        navigate(TimelineNavigation.timeline(project));
        var view = _get(TimelineView.class);
        var whole = view.window();

        view.onKey("+");
        assertThat(view.window().length()).isEqualTo(whole.length().dividedBy(2));
        var zoomed = view.window();
        view.onKey("ArrowLeft");
        assertThat(view.window().from()).isBefore(zoomed.from());
        view.onKey("0");
        assertThat(view.window().from().toLocalDate()).isBeforeOrEqualTo(LocalDate.of(2026, 1, 12));
        assertThat(view.window().to().toLocalDate()).isAfter(LocalDate.of(2026, 3, 4));

        _get(view, Checkbox.class, spec -> spec.withId("timeline-conflicts-only")).setValue(true);
        assertThat(svg(view)).contains("data-event=\"" + council.value() + "\"")
                .doesNotContain("data-event=\"" + dam.value() + "\"");
    }

    @Test
    void an_editor_takes_a_claim_out_of_its_event_and_undoes_it_from_the_list_of_decisions() {
        story("tv-detach");
        navigate(TimelineNavigation.timeline(project));
        var view = _get(TimelineView.class);
        view.select(new EventId(council.value()));

        var takeOut = _find(view, Button.class, spec -> spec.withText("Take out"));
        assertThat(takeOut).hasSize(2);
        _click(takeOut.get(1));

        assertThat(view.getElement().getTextRecursively()).contains("3 events", "Event decisions (1)");
        _click(_get(view, Button.class, spec -> spec.withText("Undo")));
        assertThat(view.getElement().getTextRecursively()).contains("2 events", "undone");
    }

    @Test
    void a_claims_page_links_to_its_event_and_the_link_opens_the_timeline_on_it() {
        story("tv-claim");
        navigate(org.factdesk.claim.ui.ClaimNavigation.claim(council));
        var link = _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("claim-timeline-link"));
        assertThat(link.getText()).contains("3 – 4 Mar 2026", "2 sources", "different dates");
        assertThat(link.getHref()).isEqualTo(TimelineNavigation.event(project, new EventId(council.value())));

        navigate(link.getHref());
        var view = _get(TimelineView.class);
        assertThat(view.selected()).isEqualTo(new EventId(council.value()));
        assertThat(view.window().to().toLocalDate()).isBefore(LocalDate.of(2026, 3, 31));
        assertThat(_get(view, com.vaadin.flow.component.html.Div.class, spec -> spec.withId("timeline-panel"))
                .getElement().getTextRecursively()).contains("Eleven people were injured");
    }
}
