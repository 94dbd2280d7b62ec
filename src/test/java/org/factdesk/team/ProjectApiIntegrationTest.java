package org.factdesk.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.factdesk.ApiClient;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST API over real HTTP, through the same security filters a script meets. */
@FactdeskIntegrationTest
class ProjectApiIntegrationTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired ApiTokenService tokens;
    @Autowired ApiClient api;
    @Autowired JsonMapper json;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    String tokenFor(String login) {
        return api.on(port).bearer(login).substring("Bearer ".length());
    }

    HttpResponse<String> get(String path, String authorization) throws Exception {
        return api.on(port).get(path, authorization);
    }

    HttpResponse<String> post(String path, String authorization, String body) throws Exception {
        return api.on(port).postJson(path, authorization, body);
    }

    @Test
    void a_token_lists_exactly_the_callers_projects() throws Exception {
        var ann = fixtures.user("ann");
        var bob = fixtures.user("bob");
        var shared = fixtures.project("Shared story", bob);
        fixtures.member(shared, ann, ProjectRole.VIEWER);
        fixtures.project("Ann's own", ann);
        fixtures.project("Bob's secret", bob);

        var response = get("/api/projects", "Bearer " + tokenFor("ann"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.valueStream().map(p -> p.get("name").asString()))
                .containsExactlyInAnyOrder("Shared story", "Ann's own");
        assertThat(body.valueStream().filter(p -> p.get("name").asString().equals("Shared story"))
                .map(p -> p.get("role").asString())).containsExactly("VIEWER");
    }

    @Test
    void posting_a_project_makes_the_caller_its_owner() throws Exception {
        fixtures.user("carl");
        String token = "Bearer " + tokenFor("carl");

        var created = post("/api/projects", token, "{\"name\":\"Port strike\",\"description\":\"Day 3\"}");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(json.readTree(created.body()).get("role").asString()).isEqualTo("OWNER");
        assertThat(json.readTree(get("/api/projects", token).body()).valueStream()
                .map(p -> p.get("name").asString())).containsExactly("Port strike");
    }

    @Test
    void a_project_without_a_name_is_refused_with_a_reason() throws Exception {
        fixtures.user("dina");
        var response = post("/api/projects", "Bearer " + tokenFor("dina"), "{\"name\":\" \"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("detail").asString()).contains("needs a name");
    }

    @Test
    void a_revoked_token_is_refused() throws Exception {
        fixtures.user("erin");
        fixtures.signIn("erin");
        var token = tokens.create("soon revoked");
        tokens.revoke(token.token().id());
        fixtures.signOut();

        var response = get("/api/projects", "Bearer " + token.secret());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json.readTree(response.body()).get("error").asString()).isEqualTo("unauthorized");
    }

    @Test
    void malformed_or_missing_credentials_get_401_with_a_json_error() throws Exception {
        for (String header : new String[] {"Bearer", "Basic YWRtaW46YWRtaW4=", "Bearer not-a-real-token", null}) {
            var response = get("/api/projects", header);
            assertThat(response.statusCode()).as("Authorization: %s", header).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(json.readTree(response.body()).get("detail").asString()).isNotBlank();
        }
    }

    @Test
    void the_last_use_of_a_token_is_recorded() throws Exception {
        fixtures.user("fay");
        String secret = tokenFor("fay");
        get("/api/projects", "Bearer " + secret);

        fixtures.signIn("fay");
        assertThat(tokens.listMine()).singleElement().satisfies(t -> assertThat(t.lastUsedAt()).isNotNull());
    }
}
