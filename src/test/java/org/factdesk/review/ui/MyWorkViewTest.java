package org.factdesk.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.html.H2;
import java.util.List;
import org.factdesk.KaribuViewTest;
import org.factdesk.claim.ClaimFixtures;
import org.factdesk.claim.ClaimService;
import org.factdesk.review.DiscussionService;
import org.factdesk.review.ReviewData;
import org.factdesk.review.ReviewService;
import org.factdesk.team.ProjectRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MyWorkViewTest extends KaribuViewTest {

    @Autowired ClaimService claims;
    @Autowired ReviewService reviews;
    @Autowired DiscussionService discussion;
    @Autowired ClaimFixtures claimFixtures;

    @Test
    void an_assignment_and_a_mention_show_up_in_my_work() {
        var owner = fixtures.user("mw-owner");
        var editor = fixtures.user("mw-editor");
        var project = fixtures.project("My work view", owner);
        fixtures.member(project, editor, ProjectRole.EDITOR);
        signIn("mw-owner");
        var claim = claimFixtures.bridgeClaim(project);
        reviews.save(claim, 0, new ReviewData(null, "", null, null, List.of(), editor, null));
        discussion.comment(claim, null, "@mw-editor please ring the hospital.");

        signIn("mw-editor");
        navigate("my-work");

        assertThat(headings()).contains("Assigned to me (1)", "Waiting for my review (0)", "Mentions (1)");
    }

    @Test
    void an_empty_queue_says_so_instead_of_showing_an_empty_table() {
        fixtures.user("mw-idle");
        signIn("mw-idle");
        navigate("my-work");

        assertThat(headings()).contains("Assigned to me (0)", "Mentions (0)");
        assertThat(_find(com.vaadin.flow.component.grid.Grid.class)).isEmpty();
        assertThat(emptyNotes())
                .contains("Nobody has mentioned you yet");
    }

    private static List<String> headings() {
        return _find(H2.class).stream().map(HasText::getText).toList();
    }

    private static String emptyNotes() {
        return _find(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("fd-empty")).stream()
                .map(HasText::getText).reduce("", String::concat);
    }
}
