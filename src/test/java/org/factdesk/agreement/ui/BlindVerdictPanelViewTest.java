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

    @Test
    void ctrl_enter_on_the_blind_page_gives_the_round_verdict_and_leaves_the_claims_own_review_as_it_was() {
        var desk = desks.desk("bp-keys", 2);
        var claim = desk.claims().getFirst();
        var mixed = reviews.scale(desk.project()).byLabel("Mixed").orElseThrow();
        reviews.save(claim, 0, org.factdesk.review.ReviewData.empty().withVerdictId(mixed.id())
                .withRationale("The owner's reasoning"));
        var round = agreement.start(desk.project(), "Keys round", RoundSelection.of(desk.claims().subList(0, 1)),
                desk.reviewers());
        int revisions = reviews.history(claim).size();
        signIn("bp-keys-r1");
        navigate(ClaimNavigation.claim(claim));

        com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications();
        assertThat(_get(BlindVerdictPanel.class).onKey("1")).isTrue();
        // the browser sends Ctrl+Enter once: every shortcut registered for it fires
        com.github.mvysny.kaributesting.v10.ShortcutsKt.fireShortcut(com.vaadin.flow.component.Key.ENTER,
                com.vaadin.flow.component.KeyModifier.CONTROL);
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications())
                .as("one answer to one key: the round verdict, not also a save of the hidden review")
                .extracting(n -> n.getElement().getProperty("text", n.getElement().getTextRecursively()))
                .noneMatch(text -> text.startsWith("Saved."));

        assertThat(agreement.mine(round.id(), claim)).isPresent();
        signIn("bp-keys-owner");
        var own = reviews.get(claim);
        assertThat(own.data().verdictId()).isEqualTo(mixed.id());
        assertThat(own.data().rationale()).isEqualTo("The owner's reasoning");
        assertThat(reviews.history(claim)).hasSize(revisions);
    }
}
