package org.factdesk.agreement.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.KaribuViewTest;
import org.factdesk.SharedTestData;
import org.factdesk.agreement.AgreementService;
import org.factdesk.agreement.Round;
import org.factdesk.agreement.RoundSelection;
import org.factdesk.claim.Claim;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ClaimQuery;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ui.ClaimNavigation;
import org.factdesk.review.RatingLevel;
import org.factdesk.review.ReviewData;
import org.factdesk.review.ReviewService;
import org.factdesk.source.ImportRequest;
import org.factdesk.source.SourceImporter;
import org.factdesk.team.ProjectId;
import org.factdesk.team.ProjectRole;
import org.factdesk.team.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A round of three reviewers over the seeds' claims, end to end in the browserless UI: each judges on the blind claim
 * page by number keys, the round page then shows the figures, and the owner settles the disagreements there.
 */
class RoundViewTest extends KaribuViewTest {

    @Autowired AgreementService agreement;
    @Autowired ReviewService reviews;
    @Autowired ClaimService claims;
    @Autowired SourceImporter importer;

    @Test
    void three_reviewers_judge_the_seeds_claims_blind_and_the_owner_settles_where_they_differ() throws Exception {
        var seeds = SharedTestData.require("seeds");
        var owner = fixtures.user("rv-owner");
        ProjectId project = fixtures.project("Round of three", owner);
        var people = new ArrayList<UserId>();
        for (String login : List.of("rv-ana", "rv-ben", "rv-cai")) {
            var user = fixtures.user(login);
            fixtures.member(project, user, ProjectRole.REVIEWER);
            people.add(user);
        }
        signIn("rv-owner");
        try (var files = Files.list(seeds)) {
            for (Path seed : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                importer.importOne(project, ImportRequest.file(seed.getFileName().toString(), "text/plain",
                        Files.readAllBytes(seed)));
            }
        }
        var first = claims.findClaims(project, ClaimQuery.all(), org.factdesk.claim.ClaimSort.NEWEST, 0, 1).getFirst();
        reviews.save(first.id(), reviews.get(first.id()).version(),
                ReviewData.empty().withVerdictId(reviews.scale(project).byLabel("Mixed").orElseThrow().id())
                        .withRationale("The owner's own rationale"));
        Round round = agreement.start(project, "Seeds", RoundSelection.sample(ClaimQuery.all(), 12, 2026), people);
        var levels = reviews.scale(project).levels();
        assertThat(round.data().claims()).hasSize(12);

        // each reviewer judges every claim on its page with a number key: ana and ben always alike, cai differs on
        // every third claim
        int reviewer = 0;
        for (String login : List.of("rv-ana", "rv-ben", "rv-cai")) {
            signIn(login);
            int i = 0;
            for (ClaimId claim : round.data().claims()) {
                navigate(ClaimNavigation.claim(claim));
                var text = _get(org.factdesk.agreement.ui.BlindVerdictPanel.class).getElement().getTextRecursively();
                assertThat(text).contains("Your verdict in agreement round");
                String page = currentText();
                assertThat(page).doesNotContain("The owner's own rationale");
                assertThat(blindNoteShown()).isTrue();
                int key = (i % 2 == 0 ? 1 : 6) + (reviewer == 2 && i % 3 == 0 ? 1 : 0);
                var panel = _get(BlindVerdictPanel.class);
                assertThat(panel.onKey(String.valueOf(key))).isTrue();
                assertThat(panel.chosen()).isEqualTo(levels.get(key - 1).id());
                panel.submit();
                assertThat(blindNoteShown()).as("the page opens once the verdict is given").isFalse();
                i++;
            }
            reviewer++;
        }

        signIn("rv-owner");
        navigate(AgreementNavigation.round(round.id()));
        var view = _get(RoundView.class);
        var report = view.shownReport();
        assertThat(report.figuresShown()).isTrue();
        assertThat(report.figures().n()).isEqualTo(12);
        assertThat(report.pairs()).hasSize(3);
        assertThat(report.figures().cohensKappa()).as("three reviewers: no Cohen's kappa for the round").isNull();
        System.out.printf("ROUND OF THREE on the seeds: n=%d percent=%.3f fleiss=%.3f alphaNominal=%.3f "
                        + "alphaOrdinal=%.3f (n=%d) ac1=%.3f%n", report.figures().n(), report.figures().percentAgreement(),
                report.figures().fleissKappa(), report.figures().krippendorffAlphaNominal(),
                report.figures().krippendorffAlphaOrdinal(), report.figures().ordinalN(), report.figures().gwetAc1());
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("Krippendorff's α (ordinal)", "Fleiss' κ", "Gwet's AC1", "n = 12",
                "Disagreements (4 to settle, 0 settled)");
        assertThat(view.getElement().toString()).contains("fd-heatmap");

        var disagreements = agreement.disagreements(round.id());
        assertThat(disagreements).hasSize(4);
        for (var d : disagreements) {
            view.settle(d.claimId(), d.verdicts().getFirst().levelId(), null);
        }
        assertThat(view.getElement().getTextRecursively()).contains("Disagreements (0 to settle, 4 settled)");
        for (var d : disagreements) {
            assertThat(reviews.get(d.claimId()).data().verdictId()).isEqualTo(d.verdicts().getFirst().levelId());
            assertThat(reviews.history(d.claimId())).isNotEmpty();
        }
        assertThat(view.shownReport().figures()).isEqualTo(report.figures());
    }

    private boolean blindNoteShown() {
        return !com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.html.Div.class,
                spec -> spec.withClasses("fd-blind-note")).isEmpty();
    }

    private String currentText() {
        return _get(com.vaadin.flow.component.html.Main.class, spec -> spec.withClasses("fd-claim-view"))
                .getElement().getTextRecursively();
    }
}
