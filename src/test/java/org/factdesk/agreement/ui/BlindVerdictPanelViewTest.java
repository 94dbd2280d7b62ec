package org.factdesk.agreement.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import org.factdesk.KaribuViewTest;
import org.factdesk.agreement.AgreementFixtures;
import org.factdesk.agreement.AgreementService;
import org.factdesk.agreement.RoundSelection;
import org.factdesk.claim.ui.ClaimNavigation;
import org.factdesk.review.ReviewService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class BlindVerdictPanelViewTest extends KaribuViewTest {

    @Autowired AgreementFixtures desks;
    @Autowired AgreementService agreement;
    @Autowired ReviewService reviews;

    @Test
    void a_claim_in_two_open_rounds_is_judged_in_the_round_still_waiting_for_the_reviewers_verdict() {
        var desk = desks.desk("bp-two", 2);
        var claim = desk.claims().getFirst();
        var first = agreement.start(desk.project(), "First round", RoundSelection.of(desk.claims().subList(0, 2)),
                desk.reviewers());
        agreement.start(desk.project(), "Second round", RoundSelection.of(desk.claims().subList(0, 1)),
                desk.reviewers());
        signIn("bp-two-r1");
        agreement.give(first.id(), claim, reviews.scale(desk.project()).levels().getFirst().id(), "", null);

        navigate(ClaimNavigation.claim(claim));

        String panel = _get(Div.class, spec -> spec.withId("blind-verdict")).getElement().getTextRecursively();
        assertThat(panel).contains("Second round", "Not given yet");
    }
}
