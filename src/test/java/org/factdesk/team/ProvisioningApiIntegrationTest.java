package org.factdesk.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
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

/** Automated set-ups: scripts create accounts, tokens and memberships through the API. */
@FactdeskIntegrationTest
class ProvisioningApiIntegrationTest {

    @LocalServerPort int port;
    @Autowired ApiClient api;
    @Autowired Fixtures fixtures;
    @Autowired JsonMapper json;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    HttpResponse<String> post(String path, String token, String body) throws Exception {
        return api.on(port).postJson(path, token, body);
    }

    JsonNode body(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    HttpResponse<String> put(String path, String token, String body) throws Exception {
        return api.on(port).send(api.request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void an_account_created_with_a_password_that_meets_the_policy_is_ready_for_a_token() throws Exception {
        fixtures.admin("prov-admin");
        String admin = api.on(port).bearer("prov-admin");

        var created = body(post("/api/users", admin,
                "{\"login\":\"desk-bot\",\"name\":\"Desk bot\",\"email\":\"bot@example.org\","
                        + "\"password\":\"correct horse battery\"}"), 201);
        assertThat(created.get("login").asString()).isEqualTo("desk-bot");
        assertThat(created.get("id").asLong()).isPositive();
        assertThat(created.get("mustChangePassword").asBoolean()).isFalse();
        assertThat(created.has("temporaryPassword")).isFalse();

        var token = body(post("/api/auth/token", null,
                "{\"login\":\"desk-bot\",\"password\":\"correct horse battery\",\"name\":\"setup script\"}"), 201);
        assertThat(token.get("token").asString()).startsWith("fd_");
        var projects = api.get("/api/projects", "Bearer " + token.get("token").asString());
        assertThat(projects.statusCode()).isEqualTo(200);
    }

    @Test
    void an_account_without_a_password_gets_a_temporary_one_that_must_be_changed_first() throws Exception {
        fixtures.admin("prov-admin2");
        String admin = api.on(port).bearer("prov-admin2");

        var created = body(post("/api/users", admin, "{\"login\":\"new-hire\",\"name\":\"New hire\"}"), 201);
        assertThat(created.get("mustChangePassword").asBoolean()).isTrue();
        String temporary = created.get("temporaryPassword").asString();
        assertThat(temporary).hasSizeGreaterThanOrEqualTo(10);

        var refused = body(post("/api/auth/token", null, "{\"login\":\"new-hire\",\"password\":\"" + temporary
                + "\",\"name\":\"script\"}"), 403);
        assertThat(refused.get("detail").asString()).contains("temporary password");
    }

    @Test
    void a_password_below_the_policy_or_a_taken_login_is_refused_naming_the_field() throws Exception {
        fixtures.admin("prov-admin3");
        String admin = api.on(port).bearer("prov-admin3");

        var tooShort = body(post("/api/users", admin, "{\"login\":\"shorty\",\"password\":\"123456789\"}"), 400);
        assertThat(tooShort.get("field").asString()).isEqualTo("password");
        assertThat(tooShort.get("detail").asString()).contains("10 characters");
        var taken = body(post("/api/users", admin, "{\"login\":\"prov-admin3\"}"), 400);
        assertThat(taken.get("field").asString()).isEqualTo("login");
        assertThat(fixtures.count("app_user where login = 'shorty'")).isZero();
    }

    @Test
    void only_instance_admins_create_accounts() throws Exception {
        fixtures.user("prov-plain");
        var refused = post("/api/users", api.on(port).bearer("prov-plain"), "{\"login\":\"sneaky\"}");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(fixtures.count("app_user where login = 'sneaky'")).isZero();
    }

    @Test
    void owners_put_and_delete_members_and_a_project_keeps_an_owner() throws Exception {
        var owner = fixtures.user("prov-owner");
        var rosa = fixtures.user("prov-rosa");
        var project = fixtures.project("Provisioned", owner);
        String ownerToken = api.on(port).bearer("prov-owner");
        String path = "/api/projects/" + project + "/members/" + rosa;

        var added = body(put(path, ownerToken, "{\"role\":\"EDITOR\"}"), 201);
        assertThat(added.get("role").asString()).isEqualTo("EDITOR");
        assertThat(added.get("login").asString()).isEqualTo("prov-rosa");
        assertThat(body(put(path, ownerToken, "{\"role\":\"REVIEWER\"}"), 200).get("role").asString())
                .isEqualTo("REVIEWER");
        assertThat(body(put(path, ownerToken, "{\"role\":\"BOSS\"}"), 400).get("field").asString()).isEqualTo("role");
        assertThat(put(path, api.bearer("prov-rosa"), "{\"role\":\"OWNER\"}").statusCode()).isEqualTo(403);
        assertThat(put("/api/projects/" + project + "/members/999999", ownerToken, "{\"role\":\"VIEWER\"}")
                .statusCode()).isEqualTo(404);

        assertThat(api.send(api.request(path, ownerToken).DELETE()).statusCode()).isEqualTo(204);
        assertThat(api.send(api.request(path, ownerToken).DELETE()).statusCode()).isEqualTo(404);
        var lastOwner = api.send(api.request("/api/projects/" + project + "/members/" + owner, ownerToken).DELETE());
        assertThat(json.readTree(lastOwner.body()).get("detail").asString()).contains("at least one owner");
        assertThat(lastOwner.statusCode()).isEqualTo(400);
    }

    @Test
    void wrong_credentials_get_401_and_repeated_failures_are_throttled_like_sign_in() throws Exception {
        fixtures.user("prov-target");
        String wrong = "{\"login\":\"prov-target\",\"password\":\"not the password\",\"name\":\"x\"}";
        var first = body(post("/api/auth/token", null, wrong), 401);
        assertThat(first.get("detail").asString()).isEqualTo("The login name or the password is wrong.");
        for (int i = 1; i < LoginThrottle.FREE_ATTEMPTS_PER_LOGIN; i++) {
            assertThat(post("/api/auth/token", null, wrong).statusCode()).isEqualTo(401);
        }
        var right = "{\"login\":\"prov-target\",\"password\":\"" + Fixtures.PASSWORD + "\",\"name\":\"x\"}";
        var throttled = post("/api/auth/token", null, right);
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
        assertThat(fixtures.count("api_token t join app_user u on u.id = t.user_id where u.login = 'prov-target'")).isZero();
    }
}
