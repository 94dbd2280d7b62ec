package org.factdesk.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.factdesk.Fixtures;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.base.ConflictException;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.PermissionDeniedException;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ClaimQuery;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimSort;
import org.factdesk.report.ExportFormat;
import org.factdesk.report.ExportOptions;
import org.factdesk.report.ExportProgress;
import org.factdesk.report.ExportRequest;
import org.factdesk.report.ReportService;
import org.factdesk.review.DiscussionService;
import org.factdesk.review.ReviewData;
import org.factdesk.review.ReviewService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Rounds as a desk runs them: started, judged blind, measured, settled through the review, closed. */
@FactdeskIntegrationTest
class AgreementServiceIntegrationTest {

    @Autowired AgreementService agreement;
    @Autowired AgreementFixtures desks;
    @Autowired ReviewService reviews;
    @Autowired ClaimService claims;
    @Autowired DiscussionService discussion;
    @Autowired ReportService reports;
    @Autowired org.factdesk.report.ProjectArchiveService archives;
    @Autowired Fixtures fixtures;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    private long level(AgreementFixtures.Desk desk, String label) {
        return reviews.scale(desk.project()).byLabel(label).orElseThrow().id();
    }

    private void verdict(String login, Round round, ClaimId claim, long level) {
        fixtures.signIn(login);
        agreement.give(round.id(), claim, level, "because", null);
    }

    @Test
    void two_reviewers_are_measured_and_the_claims_own_verdicts_stay_as_they_were() {
        var desk = desks.desk("ag-two", 2);
        var c = desk.claims();
        long trueLevel = level(desk, "True");
        long falseLevel = level(desk, "False");
        reviews.save(c.get(0), 0, ReviewData.empty().withVerdictId(level(desk, "Mixed")));
        var round = agreement.start(desk.project(), "Harbour", RoundSelection.of(c.subList(0, 4)), desk.reviewers());

        // r1: T T F F, r2: T F F F → 3 of 4 agree; κ = (0.75 − 0.5) / 0.5 … by hand: p_e = (2·1 + 2·3)/16 = 0.5
        verdict("ag-two-r1", round, c.get(0), trueLevel);
        verdict("ag-two-r1", round, c.get(1), trueLevel);
        verdict("ag-two-r1", round, c.get(2), falseLevel);
        verdict("ag-two-r1", round, c.get(3), falseLevel);
        verdict("ag-two-r2", round, c.get(0), trueLevel);
        verdict("ag-two-r2", round, c.get(1), falseLevel);
        verdict("ag-two-r2", round, c.get(2), falseLevel);
        fixtures.signIn("ag-two-owner");
        var partial = agreement.report(round.id()).figures();
        assertThat(partial.n()).isEqualTo(3);
        assertThat(partial.leftOut()).isEqualTo(1);
        verdict("ag-two-r2", round, c.get(3), falseLevel);

        fixtures.signIn("ag-two-owner");
        var report = agreement.report(round.id());
        var f = report.figures();
        assertThat(f.n()).isEqualTo(4);
        assertThat(f.leftOut()).isZero();
        assertThat(f.percentAgreement()).isCloseTo(0.75, within(1e-9));
        assertThat(f.cohensKappa()).isCloseTo(0.5, within(1e-9));
        assertThat(f.ordinalN()).isEqualTo(4);
        assertThat(f.krippendorffAlphaNominal()).isNotNull();
        assertThat(report.pairs()).singleElement().satisfies(p -> {
            assertThat(p.n()).isEqualTo(4);
            int t = p.labels().indexOf("True");
            int x = p.labels().indexOf("False");
            assertThat(p.confusion()[t][t]).isEqualTo(1);
            assertThat(p.confusion()[t][x]).isEqualTo(1);
            assertThat(p.confusion()[x][x]).isEqualTo(2);
        });
        assertThat(reviews.get(c.get(0)).data().verdictId()).isEqualTo(level(desk, "Mixed"));
        assertThat(reviews.get(c.get(1)).version()).isZero();
    }

    @Test
    void a_reviewer_sees_no_verdict_of_a_claim_they_judge_blind_anywhere_until_they_have_given_theirs() {
        var desk = desks.desk("ag-blind", 2);
        var claim = desk.claims().get(0);
        long mixed = level(desk, "Mixed");
        reviews.save(claim, 0, ReviewData.empty().withVerdictId(mixed).withRationale("The owner's secret reasoning"));
        discussion.comment(claim, null, "I think this is mixed");
        var round = agreement.start(desk.project(), null, RoundSelection.of(desk.claims().subList(0, 2)), desk.reviewers());
        verdict("ag-blind-r2", round, claim, level(desk, "False"));

        fixtures.signIn("ag-blind-r1");
        assertThat(reviews.blind(claim)).isTrue();
        assertThat(reviews.get(claim).data().verdictId()).isNull();
        assertThat(reviews.get(claim).data().rationale()).isEmpty();
        assertThat(reviews.get(claim).verdictBy()).isNull();
        assertThat(reviews.history(claim)).isEmpty();
        assertThat(discussion.comments(claim)).isEmpty();
        assertThat(claims.find(desk.project(), ClaimQuery.all(), ClaimSort.NEWEST, 0, 50))
                .filteredOn(r -> r.id().equals(claim)).singleElement().satisfies(r -> assertThat(r.verdict()).isNull());
        assertThat(claims.count(desk.project(), ClaimQuery.all().withReview(mixed, null, null))).isZero();
        assertThat(export(desk, ExportFormat.JSON)).doesNotContain("secret reasoning").doesNotContain(claimQuote(claim));
        assertThat(agreement.verdicts(round.id())).isEmpty();
        assertThat(agreement.disagreements(round.id())).isEmpty();
        assertThat(agreement.report(round.id()).figuresShown()).isFalse();
        assertThatThrownBy(() -> reviews.save(claim, reviews.get(claim).version(), reviews.get(claim).data()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(agreement.myWork()).extracting(RoundItem::claimId).containsExactly(desk.claims().get(0), desk.claims().get(1));
        assertThatThrownBy(() -> archives.export(desk.project(), new ByteArrayOutputStream()))
                .as("a backup holds every verdict").isInstanceOf(PermissionDeniedException.class);
        assertThat(archives.whyNoBackup(desk.project())).isPresent();

        agreement.give(round.id(), claim, level(desk, "True"), "", null);

        assertThat(reviews.blind(claim)).isFalse();
        assertThat(reviews.get(claim).data().verdictId()).isEqualTo(mixed);
        assertThat(reviews.history(claim)).isNotEmpty();
        assertThat(agreement.verdicts(round.id())).extracting(v -> v.reviewer()).containsExactlyInAnyOrder(
                desk.reviewers().get(0), desk.reviewers().get(1));
        assertThat(agreement.disagreements(round.id())).extracting(Disagreement::claimId).containsExactly(claim);
        // the other claim is still blind for r1
        assertThat(reviews.blind(desk.claims().get(1))).isTrue();
        fixtures.signIn("ag-blind-owner");
        assertThat(reviews.blind(claim)).isFalse();
        assertThat(archives.whyNoBackup(desk.project())).isEmpty();
        assertThat(export(desk, ExportFormat.JSON)).contains("secret reasoning");
    }

    private String claimQuote(ClaimId claim) {
        return claims.get(claim).data().quote();
    }

    private String export(AgreementFixtures.Desk desk, ExportFormat format) {
        var out = new ByteArrayOutputStream();
        reports.export(new ExportRequest(desk.project(), format, ClaimQuery.all(), ExportOptions.everything()), out,
                ExportProgress.NONE);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void a_sample_drawn_with_the_same_seed_is_the_same_claims_and_another_seed_may_differ() {
        var desk = desks.desk("ag-seed", 2);
        var first = agreement.start(desk.project(), null, RoundSelection.sample(ClaimQuery.all(), 3, 42), desk.reviewers());
        var again = agreement.start(desk.project(), null, RoundSelection.sample(ClaimQuery.all(), 3, 42), desk.reviewers());

        assertThat(first.data().claims()).hasSize(3).isEqualTo(again.data().claims());
        assertThat(first.data().selection().seed()).isEqualTo(42L);
        assertThat(AgreementService.sample(desk.claims(), 3, 42)).isEqualTo(first.data().claims());
        assertThat(AgreementService.sample(desk.claims(), desk.claims().size(), 7))
                .containsExactlyInAnyOrderElementsOf(desk.claims());
        assertThat(first.data().name()).isEqualTo("Round 1");
        assertThat(again.data().name()).isEqualTo("Round 2");
    }

    @Test
    void settling_a_disagreement_writes_the_claims_verdict_through_the_review_with_its_history() {
        var desk = desks.desk("ag-settle", 2);
        var claim = desk.claims().get(0);
        var round = agreement.start(desk.project(), null, RoundSelection.of(List.of(claim)), desk.reviewers());
        verdict("ag-settle-r1", round, claim, level(desk, "True"));
        verdict("ag-settle-r2", round, claim, level(desk, "Mostly true"));
        fixtures.signIn("ag-settle-owner");
        var before = agreement.report(round.id()).figures();

        var settled = agreement.settle(round.id(), claim, level(desk, "Mostly true"), "Settled after discussion", 0);

        assertThat(settled.data().verdictId()).isEqualTo(level(desk, "Mostly true"));
        assertThat(settled.verdictBy()).isEqualTo(desk.owner());
        assertThat(reviews.history(claim)).isNotEmpty();
        assertThat(reviews.get(claim).data().rationale()).isEqualTo("Settled after discussion");
        assertThat(agreement.disagreements(round.id())).singleElement().satisfies(d -> {
            assertThat(d.settled()).isTrue();
            assertThat(d.settledLabel()).isEqualTo("Mostly true");
        });
        assertThat(agreement.report(round.id()).figures()).isEqualTo(before);
        assertThatThrownBy(() -> agreement.settle(round.id(), claim, level(desk, "True"), null, 0))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void a_stale_verdict_is_a_conflict_and_a_closed_round_takes_no_more() {
        var desk = desks.desk("ag-lock", 2);
        var claim = desk.claims().get(0);
        var round = agreement.start(desk.project(), null, RoundSelection.of(desk.claims()), desk.reviewers());
        fixtures.signIn("ag-lock-r1");
        var given = agreement.give(round.id(), claim, level(desk, "True"), null, null);
        var changed = agreement.give(round.id(), claim, level(desk, "False"), "second thoughts", given.version());
        assertThat(changed.label()).isEqualTo("False");
        assertThatThrownBy(() -> agreement.give(round.id(), claim, level(desk, "Mixed"), null, given.version()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> agreement.give(round.id(), claim, level(desk, "Mixed"), null, null))
                .isInstanceOf(ConflictException.class);

        fixtures.signIn("ag-lock-owner");
        assertThatThrownBy(() -> agreement.give(round.id(), claim, level(desk, "True"), null, null))
                .isInstanceOf(PermissionDeniedException.class);
        agreement.close(round.id(), round.version());
        fixtures.signIn("ag-lock-r1");
        assertThat(reviews.blind(desk.claims().get(1))).isFalse();
        assertThatThrownBy(() -> agreement.give(round.id(), desk.claims().get(1), level(desk, "True"), null, null))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_round_needs_two_reviewers_who_are_members_and_claims_of_its_project() {
        var desk = desks.desk("ag-check", 2);
        var outsider = fixtures.user("ag-check-outsider");
        fixtures.signIn("ag-check-owner");

        assertThatThrownBy(() -> agreement.start(desk.project(), null, RoundSelection.of(desk.claims()),
                desk.reviewers().subList(0, 1))).isInstanceOf(InvalidInputException.class).hasMessageContaining("two");
        assertThatThrownBy(() -> agreement.start(desk.project(), null, RoundSelection.of(desk.claims()),
                List.of(desk.reviewers().get(0), outsider))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> agreement.start(desk.project(), null, RoundSelection.of(List.of(new ClaimId(999_999))),
                desk.reviewers())).isInstanceOf(InvalidInputException.class).hasMessageContaining("not a claim");
        fixtures.signIn("ag-check-r1");
        assertThatThrownBy(() -> agreement.start(desk.project(), null, RoundSelection.of(desk.claims()), desk.reviewers()))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void the_csv_holds_every_verdict_with_its_reviewer_value_and_time() {
        var desk = desks.desk("ag-csv", 2);
        var claim = desk.claims().get(0);
        var round = agreement.start(desk.project(), null, RoundSelection.of(List.of(claim)), desk.reviewers());
        verdict("ag-csv-r1", round, claim, level(desk, "True"));
        fixtures.signIn("ag-csv-r2");
        agreement.give(round.id(), claim, level(desk, "False"), "=HYPERLINK(\"x\")", null);
        fixtures.signIn("ag-csv-owner");
        var out = new StringWriter();

        agreement.writeCsv(round.id(), out);

        var lines = out.toString().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("round,claim_id,claim,reviewer_id,reviewer,verdict,value,rationale,given_at,changed_at");
        assertThat(lines).hasSize(3);
        assertThat(out.toString()).contains(",True,6,").contains(",False,1,").contains("'=HYPERLINK");
    }
}
