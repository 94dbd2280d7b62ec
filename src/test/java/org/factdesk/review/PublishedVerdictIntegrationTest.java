package org.factdesk.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.factdesk.ApiClient;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.base.PermissionDeniedException;
import org.factdesk.claim.ClaimFixtures;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.team.ProjectId;
import org.factdesk.team.ProjectRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** A published fact-check is a public statement: nothing changes it without a second reviewer. */
@FactdeskIntegrationTest
class PublishedVerdictIntegrationTest {

    @LocalServerPort int port;
    @Autowired ReviewService reviews;
    @Autowired ClaimService claims;
    @Autowired Fixtures fixtures;
    @Autowired ClaimFixtures claimFixtures;
    @Autowired ReviewFixtures reviewFixtures;
    @Autowired ApiClient api;
    @Autowired JsonMapper json;

    static int counter;
    ProjectId project;
    ClaimId claim;
    String owner;
    String editor;
    String reviewer;

    @BeforeEach
    void publishedClaim() {
        int n = ++counter;
        owner = "pv-owner" + n;
        editor = "pv-editor" + n;
        reviewer = "pv-reviewer" + n;
        project = fixtures.project("Published " + n, fixtures.user(owner));
        fixtures.member(project, fixtures.user(editor), ProjectRole.EDITOR);
        fixtures.member(project, fixtures.user(reviewer), ProjectRole.REVIEWER);
        fixtures.signIn(owner);
        claim = claimFixtures.bridgeClaim(project);
        var settings = reviews.settings(project);
        reviews.saveSettings(project, new ReviewSettings(true, "Harbour Desk", "https://desk.example.org",
                "https://desk.example.org/checks", settings.version()));
        reviewFixtures.publish(project, claim, editor, reviewer, "Mixed", "The city counts 11.", null);
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    long verdict(String label) {
        return reviews.scale(project).byLabel(label).orElseThrow().id();
    }

    void status(ClaimStatus status) {
        claims.setStatus(claim, claims.get(claim).version(), status);
    }

    @Test
    void a_changed_verdict_sends_a_published_claim_back_to_review_while_the_public_keeps_the_published_one() {
        fixtures.signIn(owner);
        var review = reviews.get(claim);
        var saved = reviews.save(claim, review.version(), new ReviewData(verdict("False"), review.data().rationale(),
                null, null, List.of(), null, null));

        assertThat(saved.claim().data().status()).isEqualTo(ClaimStatus.NEEDS_REVIEW);
        assertThat(claims.get(claim).data().status()).isEqualTo(ClaimStatus.NEEDS_REVIEW);
        var published = reviews.publication(claim).orElseThrow();
        assertThat(published.verdict()).isEqualTo("Mixed");
        assertThat(published.publishedBy()).isEqualToIgnoringCase(reviewer);

        // four eyes again: the one who changed it does not publish the change
        assertThatThrownBy(() -> status(ClaimStatus.PUBLISHED)).isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("Four eyes");
        fixtures.signIn(reviewer);
        status(ClaimStatus.PUBLISHED);
        assertThat(reviews.publication(claim).orElseThrow().verdict()).isEqualTo("False");
    }

    @Test
    void a_rationale_or_published_wording_change_reopens_review_but_a_tag_or_due_date_does_not() {
        fixtures.signIn(owner);
        var review = reviews.get(claim);
        var tagged = reviews.save(claim, review.version(), new ReviewData(review.data().verdictId(),
                review.data().rationale(), null, null, List.of("bridge"), null, java.time.LocalDate.of(2026, 3, 9)));
        assertThat(tagged.claim().data().status()).isEqualTo(ClaimStatus.PUBLISHED);

        var reworded = reviews.save(claim, tagged.version(), tagged.data().withClaimReviewed("Fourteen were hurt"));
        assertThat(reworded.claim().data().status()).isEqualTo(ClaimStatus.NEEDS_REVIEW);
        assertThat(reviews.publication(claim).orElseThrow().claimReviewed()).isNull();
    }

    @Test
    void the_claim_review_export_serves_the_published_state_until_the_change_is_published() throws Exception {
        fixtures.signIn(owner);
        var review = reviews.get(claim);
        reviews.save(claim, review.version(), new ReviewData(verdict("False"), "Nobody counts 14.", null, null,
                List.of(), null, null));
        String token = api.on(port).bearer(owner);

        var export = api.get("/api/projects/" + project.value() + "/export?format=claimreview&rationale=true", token);
        assertThat(export.statusCode()).isEqualTo(200);
        var reviewsOut = json.readTree(export.body());
        assertThat(reviewsOut.size()).isEqualTo(1);
        assertThat(reviewsOut.get(0).get("reviewRating").get("alternateName").asString()).isEqualTo("Mixed");
        assertThat(reviewsOut.get(0).get("reviewBody").asString()).contains("11");
    }

    @Test
    void an_api_patch_of_a_published_verdict_answers_with_the_claim_back_in_review() throws Exception {
        String token = api.on(port).bearer(editor);
        var current = api.get("/api/claims/" + claim.value(), token);
        String etag = current.headers().firstValue("ETag").orElseThrow();
        var request = api.request("/api/claims/" + claim.value(), token).header("Content-Type", "application/json")
                .header("If-Match", etag)
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"verdict\":\"True\"}", StandardCharsets.UTF_8));
        var patched = api.send(request);

        assertThat(patched.statusCode()).isEqualTo(200);
        assertThat(json.readTree(patched.body()).get("status").asString()).isEqualTo("NEEDS_REVIEW");
        fixtures.signIn(owner);
        assertThat(reviews.publication(claim).orElseThrow().verdict()).isEqualTo("Mixed");
    }

    @Test
    void withdrawing_a_published_claim_ends_its_public_state() {
        fixtures.signIn(reviewer);
        status(ClaimStatus.IN_PROGRESS);
        assertThat(reviews.publication(claim)).isEmpty();
    }
}
