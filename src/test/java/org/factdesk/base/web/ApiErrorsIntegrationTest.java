package org.factdesk.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.factdesk.ApiClient;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.claim.ClaimFixtures;
import org.factdesk.team.ProjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Bad input gets a JSON 4xx problem (RFC 9457) naming what was wrong: never a 500, a redirect or the UI's page. */
@FactdeskIntegrationTest
class ApiErrorsIntegrationTest {

    @LocalServerPort int port;
    @Autowired ApiClient api;
    @Autowired Fixtures fixtures;
    @Autowired ClaimFixtures claimFixtures;
    @Autowired JsonMapper json;

    static boolean setUp;
    static String owner;
    static ProjectId project;
    static long claimId;

    @BeforeEach
    void users() {
        api.on(port);
        if (!setUp) {
            project = fixtures.project("Errors", fixtures.user("err-owner"));
            fixtures.signIn("err-owner");
            claimId = claimFixtures.bridgeClaim(project).value();
            fixtures.signOut();
            owner = api.bearer("err-owner");
            setUp = true;
        }
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    /** Asserts a problem-details answer with this status and returns its body. */
    JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        var body = json.readTree(response.body());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("type").asString()).startsWith("urn:factdesk:problem:");
        assertThat(body.get("title").asString()).isNotBlank();
        assertThat(body.get("detail").asString()).isNotBlank();
        assertThat(body.get("instance").asString()).startsWith("/api");
        return body;
    }

    HttpResponse<String> patch(long claim, String body) throws Exception {
        var version = json.readTree(api.get("/api/claims/" + claim, owner).body()).get("version").asInt();
        return api.send(api.request("/api/claims/" + claim, owner).header("Content-Type", "application/json")
                .header("If-Match", "\"" + version + "\"").method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> multipart(String path, String boundary, byte[] body) throws Exception {
        return api.send(api.request(path, owner).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    static byte[] files(String boundary, int count, String name) {
        var body = new ByteArrayOutputStream();
        for (int i = 0; i < count; i++) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                    + (name == null ? "f" + i + ".txt" : name) + "\"\r\nContent-Type: text/plain\r\n\r\n"
                    + "The harbour fire of file " + i + " burned for 3 hours, officials said.\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    @Test
    void every_patch_without_a_verdict_on_a_claim_without_one_is_saved_not_a_500() throws Exception {
        for (String body : new String[] {"{\"rationale\":\"Per the city.\"}", "{\"tags\":[\"fire\"]}",
                "{\"claimant\":\"The mayor\"}", "{\"dueDate\":\"2026-04-01\"}", "{\"status\":\"TO_CHECK\"}", "{}",
                "{\"claimDate\":\"2026-03-03\"}"}) {
            var response = patch(claimId, body);
            assertThat(response.statusCode()).as(body + " → " + response.body()).isEqualTo(200);
            assertThat(json.readTree(response.body()).get("verdict").isNull()).isTrue();
        }
    }

    @Test
    void a_null_tag_is_refused_naming_the_tag() throws Exception {
        var body = problem(patch(claimId, "{\"tags\":[\"a\",null]}"), 400);
        assertThat(body.get("field").asString()).isEqualTo("tags[1]");
        assertThat(body.get("error").asString()).isEqualTo("invalid_input");
    }

    @Test
    void a_nul_character_in_any_text_is_refused_with_what_to_do() throws Exception {
        var inRationale = problem(patch(claimId, "{\"rationale\":\"a\\u0000b\"}"), 400);
        assertThat(inRationale.get("field").asString()).isEqualTo("rationale");
        assertThat(inRationale.get("detail").asString()).contains("NUL");
        assertThat(problem(api.postJson("/api/projects", owner, "{\"name\":\"x\\u0000\"}"), 400)
                .get("field").asString()).isEqualTo("name");
        assertThat(problem(api.postJson("/api/claims/" + claimId + "/comments", owner, "{\"body\":\"\\u0000\"}"), 400)
                .get("field").asString()).isEqualTo("body");
        assertThat(problem(api.get("/api/projects/" + project + "/claims?q=%00", owner), 400)
                .get("field").asString()).isEqualTo("q");
        assertThat(problem(api.get("/api/projects/" + project + "/documents?outlet=a%00", owner), 400)
                .get("field").asString()).isEqualTo("outlet");
    }

    @Test
    void a_wrong_or_missing_content_type_is_a_415_that_names_the_right_one() throws Exception {
        var wrong = api.send(api.request("/api/projects", owner).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}")));
        assertThat(problem(wrong, 415).get("detail").asString()).contains("application/json");
        var missing = api.send(api.request("/api/projects", owner).POST(HttpRequest.BodyPublishers.ofString("{}")));
        problem(missing, 415);
        var jsonToUpload = api.postJson("/api/projects/" + project + "/documents", owner, "{}");
        assertThat(problem(jsonToUpload, 415).get("detail").asString()).contains("multipart/form-data");
        problem(api.postJson("/api/projects/import", owner, "{}"), 415);
    }

    @Test
    void a_restore_without_a_file_part_names_the_part() throws Exception {
        var response = multipart("/api/projects/import", "b1", ("--b1\r\nContent-Disposition: form-data; "
                + "name=\"other\"\r\n\r\nx\r\n--b1--\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(problem(response, 400).get("field").asString()).isEqualTo("file");
    }

    @Test
    void a_restore_with_rows_that_do_not_fit_is_refused_and_creates_nothing() throws Exception {
        long projects = fixtures.count("project");
        var zip = new ByteArrayOutputStream();
        try (var out = new java.util.zip.ZipOutputStream(zip)) {
            out.putNextEntry(new java.util.zip.ZipEntry("factdesk-archive.json"));
            out.write(("{\"format\":\"factdesk-archive\",\"formatVersion\":1,\"project\":{\"name\":\"Bad rows\"},"
                    + "\"users\":[],\"tables\":{\"document\":[{\"id\":1,\"project_id\":1,\"title\":{\"not\":\"text\"},"
                    + "\"current_version\":\"many\"}]}}").getBytes(StandardCharsets.UTF_8));
        }
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--b2\r\nContent-Disposition: form-data; name=\"file\"; filename=\"backup.zip\"\r\n"
                + "Content-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(zip.toByteArray());
        body.writeBytes("\r\n--b2--\r\n".getBytes(StandardCharsets.UTF_8));
        var response = multipart("/api/projects/import", "b2", body.toByteArray());
        assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
        problem(response, response.statusCode());
        assertThat(fixtures.count("project")).isEqualTo(projects);
    }

    @Test
    void a_method_the_path_does_not_take_is_a_405_with_allow() throws Exception {
        var response = api.send(api.request("/api/projects", owner).DELETE());
        var body = problem(response, 405);
        assertThat(body.get("detail").asString()).contains("GET", "POST");
        assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(a -> assertThat(a).contains("GET"));
    }

    @Test
    void accept_xml_is_answered_in_json_not_redirected() throws Exception {
        var response = api.send(api.request("/api/projects", owner).header("Accept", "application/xml").GET());
        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(json.readTree(response.body()).get("detail").asString()).contains("application/json");
    }

    @Test
    void malformed_multipart_is_a_400() throws Exception {
        var response = multipart("/api/projects/" + project + "/documents", "b3",
                "--b3\r\nno headers and no end".getBytes(StandardCharsets.UTF_8));
        assertThat(problem(response, 400).get("detail").asString()).contains("multipart");
    }

    @Test
    void more_than_50_files_is_a_413_with_the_limit_and_imports_nothing() throws Exception {
        long documents = fixtures.count("document");
        var body = problem(multipart("/api/projects/" + project + "/documents", "b4", files("b4", 51, null)), 413);
        assertThat(body.get("limit").asInt()).isEqualTo(50);
        assertThat(fixtures.count("document")).isEqualTo(documents);
    }

    @Test
    void an_over_long_file_name_is_refused_with_the_limit() throws Exception {
        var tooLongForTheHeader = problem(multipart("/api/projects/" + project + "/documents", "b5",
                files("b5", 1, "n".repeat(600) + ".txt")), 413);
        assertThat(tooLongForTheHeader.get("detail").asString()).contains("file name");
        var tooLongToStore = problem(multipart("/api/projects/" + project + "/documents", "b6",
                files("b6", 1, "n".repeat(300) + ".txt")), 400);
        assertThat(tooLongToStore.get("detail").asString()).contains("255");
    }

    @Test
    void a_path_under_api_that_does_not_exist_is_a_json_404() throws Exception {
        for (String path : new String[] {"/api/nothing", "/api/projects/1/nothing", "/api/"}) {
            var body = problem(api.get(path, owner), 404);
            assertThat(body.get("detail").asString()).contains("/v3/api-docs");
        }
        var anonymous = api.get("/api/nothing", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void ids_and_numbers_are_parsed_strictly() throws Exception {
        for (String path : new String[] {"/api/claims/0x" + Long.toHexString(claimId), "/api/claims/" + claimId + ".5",
                "/api/claims/%23" + claimId, "/api/projects/" + project + "/claims?limit=1.5",
                "/api/projects/" + project + "/claims?minScore=0x10"}) {
            var response = api.get(path, owner);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(json.readTree(response.body()).get("field").asString()).isIn("claimId", "limit", "minScore");
        }
        assertThat(problem(patch(claimId, "{\"assigneeId\":1.5}"), 400).get("field").asString()).isEqualTo("assigneeId");
        assertThat(problem(patch(claimId, "{\"verdictId\":\"3\"}"), 400).get("field").asString()).isEqualTo("verdictId");
        assertThat(problem(patch(claimId, "{\"rationale\":5}"), 400).get("field").asString()).isEqualTo("rationale");
        assertThat(problem(patch(claimId, "{\"rationalle\":\"typo\"}"), 400).get("detail").asString())
                .contains("rationalle", "rationale");
    }

    @Test
    void dates_out_of_a_sane_range_are_refused() throws Exception {
        assertThat(problem(patch(claimId, "{\"claimDate\":\"+57385-01-01\"}"), 400).get("field").asString())
                .isEqualTo("claimDate");
        assertThat(problem(patch(claimId, "{\"dueDate\":\"0999-12-31\"}"), 400).get("field").asString())
                .isEqualTo("dueDate");
        assertThat(problem(patch(claimId, "{\"claimDate\":\"2026-02-30\"}"), 400).get("field").asString())
                .isEqualTo("claimDate");
    }

    @Test
    void what_tomcat_refuses_before_the_application_is_a_problem_too() throws Exception {
        problem(api.get("/api/claims/%00", owner), 400);
        var longAddress = api.get("/api/projects/" + project + "/claims?q=" + "x".repeat(20_000), owner);
        assertThat(longAddress.statusCode()).isEqualTo(400);
        assertThat(json.readTree(longAddress.body()).get("type").asString()).startsWith("urn:factdesk:problem:");
    }

    @Test
    void a_post_that_cannot_answer_in_the_accepted_type_is_refused_before_it_writes() throws Exception {
        long projects = fixtures.count("project");
        var response = api.send(api.request("/api/projects", owner).header("Content-Type", "application/json")
                .header("Accept", "application/xml").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"XML\"}")));
        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(fixtures.count("project")).isEqualTo(projects);
    }

    @Test
    void a_number_is_not_a_date() throws Exception {
        assertThat(problem(patch(claimId, "{\"dueDate\":42}"), 400).get("field").asString()).isEqualTo("dueDate");
    }

    @Test
    void security_errors_are_problem_details_too() throws Exception {
        var body = problem(api.get("/api/projects", "Bearer nope"), 401);
        assertThat(body.get("error").asString()).isEqualTo("unauthorized");
    }
}
