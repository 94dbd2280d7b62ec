package org.factdesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import org.factdesk.ApiClient;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.claim.ClaimFixtures;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.team.ProjectRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

@FactdeskIntegrationTest
class ClaimReviewApiIntegrationTest {

    @LocalServerPort int port;
    @Autowired ApiClient api;
    @Autowired Fixtures fixtures;
    @Autowired ClaimService claims;
    @Autowired JsonMapper json;
    @Autowired DiscussionService discussion;
    @Autowired ClaimFixtures claimFixtures;

    @Test
    void patch_needs_the_current_version_and_a_stale_one_gets_409_with_the_current_state() throws Exception {
        var project = fixtures.project("API review", fixtures.user("api-rev-owner"));
        fixtures.member(project, fixtures.user("api-rev-viewer"), ProjectRole.VIEWER);
        fixtures.signIn("api-rev-owner");
        long claimId = claimFixtures.bridgeClaim(project).value();
        fixtures.signOut();
        String owner = api.on(port).bearer("api-rev-owner");

        var get = api.get("/api/claims/" + claimId, owner);
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.headers().firstValue("ETag")).hasValue("\"0\"");

        var first = patch(claimId, owner, "\"0\"", "{\"verdict\":\"Mostly true\",\"rationale\":\"Eleven, per the city.\"}");
        assertThat(first.statusCode()).isEqualTo(200);
        var body = json.readTree(first.body());
        assertThat(body.get("verdict").asString()).isEqualTo("Mostly true");
        assertThat(body.get("version").asInt()).isEqualTo(1);
        assertThat(body.get("history").size()).isEqualTo(1);

        var stale = patch(claimId, owner, "\"0\"", "{\"rationale\":\"Overwrite?\"}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(json.readTree(stale.body()).get("rationale").asString()).isEqualTo("Eleven, per the city.");

        assertThat(patch(claimId, owner, null, "{\"rationale\":\"x\"}").statusCode()).isEqualTo(400);
        assertThat(patch(claimId, api.bearer("api-rev-viewer"), "\"1\"", "{\"rationale\":\"x\"}").statusCode())
                .isEqualTo(403);
        var withStatus = patch(claimId, owner, "\"1\"", "{\"status\":\"TO_CHECK\"}");
        assertThat(json.readTree(withStatus.body()).get("status").asString()).isEqualTo("TO_CHECK");
    }

    @Test
    void comments_are_posted_through_the_api_and_the_claim_answers_with_its_evidence_and_comments() throws Exception {
        var project = fixtures.project("API comments", fixtures.user("api-com-owner"));
        fixtures.member(project, fixtures.user("api-com-editor"), ProjectRole.EDITOR);
        fixtures.member(project, fixtures.user("api-com-viewer"), ProjectRole.VIEWER);
        fixtures.signIn("api-com-owner");
        var claim = claimFixtures.bridgeClaim(project);
        discussion.addEvidence(claim, new EvidenceData(EvidenceKind.URL, "https://city.example/statement",
                "City statement", LocalDate.of(2026, 3, 5), null, null, null, EvidenceRelation.REFUTES, "11, not 14"));
        fixtures.signOut();
        String owner = api.on(port).bearer("api-com-owner");

        var posted = api.postJson("/api/claims/" + claim.value() + "/comments", owner,
                "{\"body\":\"@api-com-editor can you ring the hospital?\"}");
        assertThat(posted.statusCode()).isEqualTo(201);
        long threadId = json.readTree(posted.body()).get("id").asLong();
        var reply = api.postJson("/api/claims/" + claim.value() + "/comments", api.bearer("api-com-editor"),
                "{\"body\":\"They say eleven.\",\"parentId\":" + threadId + "}");
        assertThat(reply.statusCode()).isEqualTo(201);
        assertThat(api.postJson("/api/claims/" + claim.value() + "/comments", api.bearer("api-com-viewer"),
                "{\"body\":\"May I?\"}").statusCode()).isEqualTo(403);
        assertThat(api.postJson("/api/claims/" + claim.value() + "/comments", owner, "{\"body\":\"  \"}")
                .statusCode()).isEqualTo(400);

        var body = json.readTree(api.get("/api/claims/" + claim.value(), owner).body());
        assertThat(body.get("comments").size()).isEqualTo(2);
        assertThat(body.get("comments").get(1).get("parentId").asLong()).isEqualTo(threadId);
        assertThat(body.get("evidence").get(0).get("relation").asString()).isEqualTo("REFUTES");
        assertThat(body.get("evidence").get(0).get("url").asString()).isEqualTo("https://city.example/statement");
        fixtures.signIn("api-com-editor");
        assertThat(discussion.unreadNotifications()).isEqualTo(1);
        fixtures.signOut();
    }

    /** PATCH with the current version, read first. */
    java.net.http.HttpResponse<String> patchCurrent(long claimId, String token, String body) throws Exception {
        String etag = api.get("/api/claims/" + claimId, token).headers().firstValue("ETag").orElseThrow();
        return patch(claimId, token, etag, body);
    }

    @Test
    void a_patch_is_all_or_nothing_so_a_refused_status_leaves_the_review_as_it_was() throws Exception {
        var project = fixtures.project("API all or nothing", fixtures.user("aon-owner"));
        fixtures.member(project, fixtures.user("aon-editor"), ProjectRole.EDITOR);
        fixtures.member(project, fixtures.user("aon-reviewer"), ProjectRole.REVIEWER);
        fixtures.signIn("aon-owner");
        var claim = claimFixtures.bridgeClaim(project);
        long claimId = claim.value();
        claims.setStatus(claim, claims.get(claim).version(), ClaimStatus.TO_CHECK);
        claims.setStatus(claim, claims.get(claim).version(), ClaimStatus.IN_PROGRESS);
        fixtures.signOut();
        String owner = api.on(port).bearer("aon-owner");
        String editor = api.bearer("aon-editor");
        String reviewer = api.bearer("aon-reviewer");
        var toReview = patchCurrent(claimId, owner, "{\"verdict\":\"Mostly true\",\"status\":\"NEEDS_REVIEW\"}");
        assertThat(toReview.statusCode()).as(toReview.body()).isEqualTo(200);
        assertThat(json.readTree(toReview.body()).get("status").asString()).isEqualTo("NEEDS_REVIEW");

        String before = api.get("/api/claims/" + claimId, owner).body();
        var unknownStatus = patchCurrent(claimId, owner, "{\"rationale\":\"x\",\"status\":\"NOPE\"}");
        assertThat(unknownStatus.statusCode()).isEqualTo(400);
        assertThat(api.get("/api/claims/" + claimId, owner).body()).isEqualTo(before);
        assertThat(json.readTree(unknownStatus.body()).get("field").asString()).isEqualTo("status");

        var editorPublishes = patchCurrent(claimId, editor, "{\"rationale\":\"x\",\"status\":\"PUBLISHED\"}");
        assertThat(editorPublishes.statusCode()).isEqualTo(403);
        assertThat(api.get("/api/claims/" + claimId, owner).body()).isEqualTo(before);

        var fourEyes = patchCurrent(claimId, owner, "{\"claimant\":\"The mayor\",\"status\":\"PUBLISHED\"}");
        assertThat(fourEyes.statusCode()).isEqualTo(403);
        assertThat(json.readTree(fourEyes.body()).get("detail").asString()).contains("Four eyes");
        assertThat(api.get("/api/claims/" + claimId, owner).body()).isEqualTo(before);

        assertThat(patchCurrent(claimId, reviewer, "{\"status\":\"PUBLISHED\"}").statusCode()).isEqualTo(200);
        String published = api.get("/api/claims/" + claimId, owner).body();
        // the save would send the claim back to review; the refused publication undoes that too
        var changedAndRepublished = patchCurrent(claimId, reviewer,
                "{\"rationale\":\"Changed after publishing\",\"status\":\"PUBLISHED\"}");
        assertThat(changedAndRepublished.statusCode()).isEqualTo(403);
        assertThat(api.get("/api/claims/" + claimId, owner).body()).isEqualTo(published);
        assertThat(json.readTree(published).get("status").asString()).isEqualTo("PUBLISHED");
    }

    java.net.http.HttpResponse<String> patch(long claimId, String token, String ifMatch, String body) throws Exception {
        var request = api.request("/api/claims/" + claimId, token).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return api.send(request);
    }
}
