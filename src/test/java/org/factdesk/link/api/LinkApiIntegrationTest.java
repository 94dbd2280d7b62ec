package org.factdesk.link.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.factdesk.ApiClient;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.claim.ClaimFixtures;
import org.factdesk.claim.ClaimId;
import org.factdesk.link.LinkService;
import org.factdesk.team.ProjectId;
import org.factdesk.team.ProjectRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@FactdeskIntegrationTest
class LinkApiIntegrationTest {

    @LocalServerPort int port;
    @Autowired ApiClient api;
    @Autowired Fixtures fixtures;
    @Autowired ClaimFixtures claimFixtures;
    @Autowired LinkService links;
    @Autowired JsonMapper json;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    record Story(ProjectId project, ClaimId bridge, ClaimId city) {
    }

    /** Two accounts of one collapse in two documents, linked in the background as an import would be. */
    Story story(String owner) {
        var project = fixtures.project("Links " + owner, fixtures.user(owner));
        fixtures.signIn(owner);
        var bridge = claimFixtures.bridgeClaim(project);
        var city = claimFixtures.cityClaim(project);
        await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> links.pending(project) == 0);
        fixtures.signOut();
        return new Story(project, bridge, city);
    }

    @Test
    void an_editor_links_two_claims_by_hand_and_both_lists_show_the_link_with_its_other_claim() throws Exception {
        var s = story("links-maker");
        String owner = api.on(port).bearer("links-maker");

        var created = api.postJson("/api/claims/" + s.bridge().value() + "/links", owner,
                "{\"claimId\":" + s.city().value() + ",\"relation\":\"CONFLICTS\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var link = json.readTree(created.body());
        long id = link.get("id").asLong();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/links/" + id);
        assertThat(created.headers().firstValue("ETag")).hasValue("\"" + link.get("version").asInt() + "\"");
        assertThat(link.get("state").asString()).isEqualTo("CONFIRMED");
        assertThat(link.get("relation").asString()).isEqualTo("CONFLICTS");
        assertThat(link.get("history").size()).isGreaterThanOrEqualTo(1);

        var ofClaim = json.readTree(api.get("/api/claims/" + s.bridge().value() + "/links", owner).body());
        assertThat(ofClaim.isArray()).isTrue();
        var first = ofClaim.get(0);
        assertThat(first.get("id").asLong()).isEqualTo(id);
        assertThat(first.get("claimId").asLong()).isEqualTo(s.city().value());
        assertThat(first.get("quote").asString()).contains("11 people were injured");
        assertThat(first.get("state").asString()).isEqualTo("CONFIRMED");
        assertThat(first.has("documentId")).isTrue();
        assertThat(first.has("reasons")).isTrue();
        assertThat(first.has("differences")).isTrue();
        var fromCity = json.readTree(api.get("/api/claims/" + s.city().value() + "/links", owner).body());
        assertThat(fromCity.get(0).get("claimId").asLong()).isEqualTo(s.bridge().value());

        var ofProject = api.get("/api/projects/" + s.project().value() + "/links?relation=CONFLICTS", owner);
        assertThat(ofProject.statusCode()).as(ofProject.body()).isEqualTo(200);
        var page = json.readTree(ofProject.body());
        assertThat(page.get("pending").asInt()).isZero();
        var item = page.get("items").get(0);
        assertThat(item.get("id").asLong()).isEqualTo(id);
        assertThat(java.util.List.of(item.get("a").get("claimId").asLong(), item.get("b").get("claimId").asLong()))
                .containsExactlyInAnyOrder(s.bridge().value(), s.city().value());
        assertThat(item.get("a").get("quote").asString()).isNotBlank();
        assertThat(json.readTree(api.get("/api/projects/" + s.project().value() + "/links?relation=DUPLICATE", owner)
                .body()).get("items").size()).isZero();

        assertThat(api.postJson("/api/claims/" + s.bridge().value() + "/links", owner,
                "{\"claimId\":" + s.bridge().value() + ",\"relation\":\"CONFLICTS\"}").statusCode()).isEqualTo(400);
        assertThat(api.postJson("/api/claims/" + s.bridge().value() + "/links", owner,
                "{\"claimId\":" + s.city().value() + "}").statusCode()).isEqualTo(400);
    }

    @Test
    void a_decision_needs_the_current_version_and_a_stale_one_gets_409_with_the_link_as_it_is() throws Exception {
        var s = story("links-decider");
        fixtures.signIn("links-decider");
        long id = links.create(s.bridge(), s.city(), org.factdesk.link.LinkRelation.CORROBORATES).id().value();
        fixtures.signOut();
        String owner = api.on(port).bearer("links-decider");

        var get = api.get("/api/links/" + id, owner);
        assertThat(get.statusCode()).isEqualTo(200);
        String etag = get.headers().firstValue("ETag").orElseThrow();
        int version = json.readTree(get.body()).get("version").asInt();
        assertThat(etag).isEqualTo("\"" + version + "\"");

        var decided = patch(id, owner, etag, "{\"relation\":\"CONFLICTS\",\"state\":\"REJECTED\"}");
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        assertThat(decided.headers().firstValue("ETag")).hasValue("\"" + (version + 1) + "\"");
        var body = json.readTree(decided.body());
        assertThat(body.get("state").asString()).isEqualTo("REJECTED");
        assertThat(body.get("relation").asString()).isEqualTo("CONFLICTS");
        assertThat(last(body.get("history")).get("action").asString()).isEqualTo("REJECTED");
        assertThat(last(body.get("history")).get("actor").asString()).isNotBlank();

        // only the state: the relation stays
        var back = patch(id, owner, "\"" + (version + 1) + "\"", "{\"state\":\"CONFIRMED\"}");
        assertThat(json.readTree(back.body()).get("relation").asString()).isEqualTo("CONFLICTS");

        var stale = patch(id, owner, etag, "{\"state\":\"SUGGESTED\"}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(json.readTree(stale.body()).get("state").asString()).isEqualTo("CONFIRMED");
        assertThat(stale.headers().firstValue("ETag")).hasValue("\"" + (version + 2) + "\"");

        var missing = patch(id, owner, null, "{\"state\":\"REJECTED\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json.readTree(missing.body()).get("field").asString()).isEqualTo("If-Match");
        var nothing = patch(id, owner, "\"" + (version + 2) + "\"", "{}");
        assertThat(nothing.statusCode()).isEqualTo(400);
        var badState = patch(id, owner, "\"" + (version + 2) + "\"", "{\"state\":\"MAYBE\"}");
        assertThat(badState.statusCode()).isEqualTo(400);
        assertThat(json.readTree(badState.body()).get("detail").asString()).contains("CONFIRMED", "REJECTED");
    }

    @Test
    void members_read_viewers_may_not_decide_and_strangers_are_told_nothing_exists() throws Exception {
        var s = story("links-owner");
        fixtures.member(s.project(), fixtures.user("links-viewer"), ProjectRole.VIEWER);
        fixtures.user("links-stranger");
        fixtures.signIn("links-owner");
        long id = links.create(s.bridge(), s.city(), org.factdesk.link.LinkRelation.CONFLICTS).id().value();
        fixtures.signOut();
        api.on(port);
        String viewer = api.bearer("links-viewer");
        String stranger = api.bearer("links-stranger");

        var read = api.get("/api/links/" + id, viewer);
        assertThat(read.statusCode()).isEqualTo(200);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        assertThat(api.get("/api/claims/" + s.bridge().value() + "/links", viewer).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/projects/" + s.project().value() + "/links", viewer).statusCode()).isEqualTo(200);
        assertThat(patch(id, viewer, etag, "{\"state\":\"REJECTED\"}").statusCode()).isEqualTo(403);
        assertThat(api.postJson("/api/claims/" + s.bridge().value() + "/links", viewer,
                "{\"claimId\":" + s.city().value() + ",\"relation\":\"RELATED\"}").statusCode()).isEqualTo(403);

        assertThat(api.get("/api/links/" + id, stranger).statusCode()).isEqualTo(404);
        assertThat(patch(id, stranger, etag, "{\"state\":\"REJECTED\"}").statusCode()).isEqualTo(404);
        assertThat(api.get("/api/claims/" + s.bridge().value() + "/links", stranger).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/projects/" + s.project().value() + "/links", stranger).statusCode()).isEqualTo(404);
        assertThat(api.postJson("/api/claims/" + s.bridge().value() + "/links", stranger,
                "{\"claimId\":" + s.city().value() + ",\"relation\":\"RELATED\"}").statusCode()).isEqualTo(404);
        fixtures.signIn("links-owner");
        assertThat(links.get(new org.factdesk.link.LinkId(id)).data().state().name()).isEqualTo("CONFIRMED");
    }

    @Test
    void a_filter_value_that_is_no_relation_or_state_is_a_400_naming_the_allowed_values() throws Exception {
        var project = fixtures.project("Links filters", fixtures.user("links-filter"));
        String owner = api.on(port).bearer("links-filter");
        var relation = api.get("/api/projects/" + project.value() + "/links?relation=AGREES", owner);
        assertThat(relation.statusCode()).isEqualTo(400);
        assertThat(relation.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json.readTree(relation.body()).get("detail").asString())
                .contains("CORROBORATES", "CONFLICTS", "RELATED", "DUPLICATE");
        var state = api.get("/api/projects/" + project.value() + "/links?state=open", owner);
        assertThat(state.statusCode()).isEqualTo(400);
        assertThat(json.readTree(state.body()).get("detail").asString()).contains("SUGGESTED", "CONFIRMED", "REJECTED");
        assertThat(api.get("/api/projects/" + project.value() + "/links?limit=501", owner).statusCode()).isEqualTo(400);
        var empty = json.readTree(api.get("/api/projects/" + project.value() + "/links", owner).body());
        assertThat(empty.get("pending").asInt()).isZero();
        assertThat(empty.get("items").size()).isZero();
    }

    static JsonNode last(JsonNode array) {
        return array.get(array.size() - 1);
    }

    HttpResponse<String> patch(long id, String token, String ifMatch, String body) throws Exception {
        var request = api.request("/api/links/" + id, token).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return api.send(request);
    }
}
