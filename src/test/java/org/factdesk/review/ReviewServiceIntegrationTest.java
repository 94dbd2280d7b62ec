package org.factdesk.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.base.ConflictException;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.PermissionDeniedException;
import org.factdesk.claim.ClaimFixtures;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.team.ProjectId;
import org.factdesk.team.ProjectRole;
import org.factdesk.team.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@FactdeskIntegrationTest
class ReviewServiceIntegrationTest {

    @Autowired ReviewService reviews;
    @Autowired ClaimService claims;
    @Autowired Fixtures fixtures;

    static int counter;
    ProjectId project;
    ClaimId claim;
    String editor;
    String reviewer;
    String viewer;
    UserId editorId;

    @BeforeEach
    void claimToReview() {
        int n = ++counter;
        String owner = "rv-owner" + n;
        editor = "rv-editor" + n;
        reviewer = "rv-reviewer" + n;
        viewer = "rv-viewer" + n;
        project = fixtures.project("Review " + n, fixtures.user(owner));
        editorId = fixtures.user(editor);
        fixtures.member(project, editorId, ProjectRole.EDITOR);
        fixtures.member(project, fixtures.user(reviewer), ProjectRole.REVIEWER);
        fixtures.member(project, fixtures.user(viewer), ProjectRole.VIEWER);
        fixtures.signIn(owner);
        claim = claimFixtures.bridgeClaim(project);
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    long verdict(String label) {
        return reviews.scale(project).byLabel(label).orElseThrow().id();
    }

    ReviewData withVerdict(String label, String rationale) {
        return new ReviewData(verdict(label), rationale, null, null, List.of("bridge"), null, null);
    }

    void status(ClaimStatus status) {
        var current = claims.get(claim);
        claims.setStatus(claim, current.version(), status);
    }

    @Test
    void a_project_starts_with_the_seven_level_scale_and_an_owner_can_switch_and_edit_it() {
        var scale = reviews.scale(project);
        assertThat(scale.levels()).extracting(RatingLevel::label)
                .containsExactly("True", "Mostly true", "Mixed", "Misleading", "Mostly false", "False", "Unproven");
        assertThat(scale.best()).isEqualTo(6);
        assertThat(scale.worst()).isEqualTo(1);

        var three = reviews.applyPreset(project, ScalePreset.THREE_LEVELS);
        assertThat(three.levels()).extracting(RatingLevel::label).containsExactly("True", "Mixed", "False");

        var edited = reviews.saveScale(project, List.of(
                new ReviewService.LevelEdit(three.levels().get(2).id(), "Wrong", "#aa0000", 1),
                new ReviewService.LevelEdit(three.levels().get(0).id(), "Correct", "#00aa00", 3),
                new ReviewService.LevelEdit(null, "Unclear", "#777777", 0)));
        assertThat(edited.levels()).extracting(RatingLevel::label).containsExactly("Wrong", "Correct", "Unclear");

        fixtures.signIn(editor);
        assertThatThrownBy(() -> reviews.applyPreset(project, ScalePreset.SEVEN_LEVELS))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void the_workflow_runs_to_publication_with_a_second_pair_of_eyes() {
        fixtures.signIn(editor);
        status(ClaimStatus.TO_CHECK);
        status(ClaimStatus.IN_PROGRESS);
        assertThatThrownBy(() -> status(ClaimStatus.NEEDS_REVIEW)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("verdict");
        reviews.save(claim, 0, withVerdict("Mostly true", "The city counts **11**."));
        status(ClaimStatus.NEEDS_REVIEW);
        assertThatThrownBy(() -> status(ClaimStatus.PUBLISHED)).isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("reviewer");

        fixtures.signIn(reviewer);
        status(ClaimStatus.PUBLISHED);
        assertThat(claims.get(claim).data().status()).isEqualTo(ClaimStatus.PUBLISHED);
    }

    @Test
    void four_eyes_stops_the_verdict_writer_from_publishing_and_can_be_turned_off() {
        fixtures.signIn(reviewer);
        status(ClaimStatus.TO_CHECK);
        status(ClaimStatus.IN_PROGRESS);
        reviews.save(claim, 0, withVerdict("False", "No source gives 14."));
        status(ClaimStatus.NEEDS_REVIEW);
        assertThatThrownBy(() -> status(ClaimStatus.PUBLISHED)).isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("Four eyes");

        fixtures.signIn("rv-owner" + counter);
        var settings = reviews.settings(project);
        reviews.saveSettings(project, new ReviewSettings(false, "Desk", null, null, settings.version()));
        fixtures.signIn(reviewer);
        status(ClaimStatus.PUBLISHED);
        assertThat(claims.get(claim).data().status()).isEqualTo(ClaimStatus.PUBLISHED);
    }

    @Test
    void viewers_cannot_review_and_skipping_steps_is_refused() {
        fixtures.signIn(viewer);
        assertThatThrownBy(() -> reviews.save(claim, 0, withVerdict("True", "")))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> status(ClaimStatus.TO_CHECK)).isInstanceOf(PermissionDeniedException.class);

        fixtures.signIn(editor);
        assertThatThrownBy(() -> status(ClaimStatus.PUBLISHED)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not to Published");
    }

    @Test
    void a_stale_save_is_a_conflict_and_history_can_be_restored() {
        fixtures.signIn(editor);
        var first = reviews.save(claim, 0, withVerdict("Mixed", "First take."));
        var second = reviews.save(claim, first.version(), withVerdict("False", "Second take."));

        assertThatThrownBy(() -> reviews.save(claim, first.version(), withVerdict("True", "Stale.")))
                .isInstanceOf(ConflictException.class);
        assertThat(reviews.get(claim).data().rationale()).isEqualTo("Second take.");

        var history = reviews.history(claim);
        assertThat(history).hasSize(2);
        assertThat(history.get(1).changes()).contains("rationale").contains("First take.").contains("Second take.");
        var restored = reviews.restore(claim, history.get(0).id(), second.version());
        assertThat(restored.data().rationale()).isEqualTo("First take.");
        assertThat(restored.data().verdictId()).isEqualTo(verdict("Mixed"));
        assertThat(reviews.history(claim)).hasSize(3).last()
                .satisfies(r -> assertThat(r.action()).startsWith("restored"));
    }

    @Test
    void assignment_goes_to_project_members_only() {
        fixtures.signIn(editor);
        var outsider = fixtures.user("rv-outsider" + counter);
        assertThatThrownBy(() -> reviews.save(claim, 0, new ReviewData(null, "", null, null, List.of(), outsider, null)))
                .isInstanceOf(InvalidInputException.class);
        var assigned = reviews.save(claim, 0, new ReviewData(null, "", null, null, List.of(), editorId, null));
        assertThat(assigned.data().assignee()).isEqualTo(editorId);
    }

    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired ClaimFixtures claimFixtures;

    @Test
    void every_pair_of_statuses_is_allowed_exactly_as_the_workflow_says() {
        fixtures.signIn(editor);
        reviews.save(claim, 0, withVerdict("Mixed", "Counts differ."));
        // an owner who did not write the verdict: only the workflow itself can refuse a step
        fixtures.signIn("rv-owner" + counter);
        var refused = new java.util.ArrayList<String>();
        var allowed = new java.util.ArrayList<String>();
        for (ClaimStatus from : ClaimStatus.values()) {
            for (ClaimStatus to : ClaimStatus.values()) {
                if (from == to) {
                    continue;
                }
                jdbc.sql("update claim set status = :status where id = :id").param("status", from.name())
                        .param("id", claim.value()).update();
                try {
                    status(to);
                    allowed.add(from + "->" + to);
                } catch (InvalidInputException e) {
                    refused.add(from + "->" + to);
                }
            }
        }
        var expected = new java.util.ArrayList<String>();
        ReviewWorkflow.NEXT.forEach((from, targets) -> targets.forEach(to -> expected.add(from + "->" + to)));
        assertThat(allowed).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(allowed.size() + refused.size()).isEqualTo(30);
        assertThat(allowed).contains("SUGGESTED->TO_CHECK", "NEEDS_REVIEW->PUBLISHED", "PUBLISHED->IN_PROGRESS")
                .doesNotContain("SUGGESTED->PUBLISHED", "TO_CHECK->NEEDS_REVIEW");
    }

    @Autowired DiscussionService discussion;

    @Test
    void a_later_save_records_only_what_changed_checks_new_references_and_tells_the_new_assignee() {
        var first = reviews.save(claim, 0, withVerdict("Mixed", "First take."));
        long retiredVerdict = first.data().verdictId();
        reviews.applyPreset(project, ScalePreset.THREE_LEVELS);

        fixtures.signIn(editor);
        var d = first.data();
        var second = reviews.save(claim, first.version(), new ReviewData(retiredVerdict, "Second take.", d.claimant(),
                d.claimDate(), List.of("bridge", "figures"), d.assignee(), d.dueDate()));
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.verdictBy()).as("the verdict was kept, so its author stays").isEqualTo(first.verdictBy());
        var changes = reviews.history(claim).getLast().changes();
        assertThat(changes).contains("rationale", "Second take.", "tags", "figures").doesNotContain("verdict");

        assertThat(reviews.save(claim, 2, second.data()).version()).as("an unchanged save writes nothing").isEqualTo(2);
        assertThat(reviews.history(claim)).hasSize(2);

        var outsider = fixtures.user("rv-outsider-late" + counter);
        assertThatThrownBy(() -> reviews.save(claim, 2, withAssignee(second.data(), outsider)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("members of the project");
        var otherProject = fixtures.project("Other " + counter, fixtures.user("rv-other" + counter));
        fixtures.signIn("rv-other" + counter);
        long foreignVerdict = reviews.scale(otherProject).levels().getFirst().id();
        fixtures.signIn(editor);
        assertThatThrownBy(() -> reviews.save(claim, 2, new ReviewData(foreignVerdict, "x", null, null, List.of(),
                null, null))).isInstanceOf(InvalidInputException.class).hasMessageContaining("rating scale");
        assertThat(reviews.get(claim).version()).isEqualTo(2);

        fixtures.signIn(reviewer);
        var assigned = reviews.save(claim, 2, withAssignee(second.data(), editorId));
        assertThat(assigned.version()).isEqualTo(3);
        var a = assigned.data();
        reviews.save(claim, 3, new ReviewData(a.verdictId(), "Third take, same assignee.", a.claimant(), a.claimDate(),
                a.tags(), a.assignee(), a.dueDate()));
        fixtures.signIn(editor);
        assertThat(discussion.notifications()).filteredOn(n -> n.message().contains("assigned you a claim"))
                .as("told once, when assigned; not again on a save that keeps the assignee").hasSize(1);
    }

    static ReviewData withAssignee(ReviewData d, UserId assignee) {
        return new ReviewData(d.verdictId(), d.rationale(), d.claimant(), d.claimDate(), d.tags(), assignee,
                d.dueDate());
    }

    @Autowired org.factdesk.team.ProjectService projectService;

    @Test
    void a_save_over_a_review_still_refuses_viewers_strangers_and_archived_projects_and_writes_nothing() {
        var first = reviews.save(claim, 0, withVerdict("Mixed", "First take."));
        var changed = new ReviewData(first.data().verdictId(), "Overwrite?", null, null, List.of(), null, null);

        fixtures.signIn(viewer);
        assertThatThrownBy(() -> reviews.save(claim, 1, changed)).isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("Viewer");
        fixtures.user("rv-stranger" + counter);
        fixtures.signIn("rv-stranger" + counter);
        assertThatThrownBy(() -> reviews.save(claim, 1, changed))
                .isInstanceOf(org.factdesk.base.NotFoundException.class);

        fixtures.signIn("rv-owner" + counter);
        var owned = projectService.listMine(true).stream().filter(p -> p.id().equals(project)).findFirst().orElseThrow();
        projectService.setArchived(project, owned.project().version(), true);
        fixtures.signIn(editor);
        assertThatThrownBy(() -> reviews.save(claim, 1, changed)).isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("archived");

        fixtures.signIn("rv-owner" + counter);
        assertThat(reviews.get(claim).version()).isEqualTo(1);
        assertThat(reviews.get(claim).data().rationale()).isEqualTo("First take.");
        assertThat(reviews.history(claim)).hasSize(1);
    }
}
