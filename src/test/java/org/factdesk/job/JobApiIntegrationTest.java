package org.factdesk.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.factdesk.ApiClient;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.source.GeneratedNews;
import org.factdesk.team.ProjectId;
import org.factdesk.team.ProjectRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The jobs' REST API over real HTTP: POST /api/projects/{id}/imports, GET and DELETE /api/jobs/{id}. */
@FactdeskIntegrationTest
class JobApiIntegrationTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired ApiClient api;
    @Autowired JsonMapper json;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void files_sent_as_a_job_are_answered_at_once_and_their_results_listed_once_it_is_done() throws Exception {
        var project = project("jobapi-files");
        String token = api.on(port).bearer("jobapi-files");

        var response = post(project, token, multipart(
                file("files", "one.txt", GeneratedNews.bytes(2001, 200)),
                file("files", "two.txt", GeneratedNews.bytes(2002, 200)),
                file("files", "again-one.txt", GeneratedNews.bytes(2001, 200))));

        assertThat(response.statusCode()).isEqualTo(202);
        var accepted = json.readTree(response.body());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo("/api/jobs/" + accepted.get("id").asLong());
        assertThat(accepted.get("kind").asString()).isEqualTo("IMPORT");
        assertThat(accepted.get("title").asString()).isEqualTo("3 files");
        assertThat(accepted.get("owner").asString()).isEqualTo("Jobapi-files");
        assertThat(accepted.get("progress").get("total").asInt()).isEqualTo(3);

        var done = awaitEnded(location, token);
        assertThat(done.get("state").asString()).isEqualTo("DONE");
        assertThat(done.get("finishedAt").isNull()).isFalse();
        assertThat(done.get("results").valueStream().map(r -> r.get("fileName").asString() + " "
                + r.get("outcome").asString())).containsExactly("one.txt DONE", "two.txt DONE", "again-one.txt DUPLICATE");
        assertThat(done.get("results").get(0).get("documentId").isNumber()).isTrue();
        var progress = done.get("progress");
        assertThat(progress.get("done").asInt()).isEqualTo(2);
        assertThat(progress.get("duplicates").asInt()).isEqualTo(1);
        assertThat(progress.get("finished").asInt()).isEqualTo(3);
        assertThat(progress.get("secondsLeft").asLong()).isZero();

        var duplicates = json.readTree(api.get(location + "?outcome=DUPLICATE&limit=10", token).body());
        assertThat(duplicates.get("results").valueStream().map(r -> r.get("fileName").asString()))
                .containsExactly("again-one.txt");
        assertThat(duplicates.get("resultsPage").get("total").asInt()).isEqualTo(1);
        assertThat(duplicates.get("resultsPage").get("limit").asInt()).isEqualTo(10);
        var secondPage = json.readTree(api.get(location + "?offset=1&limit=1", token).body());
        assertThat(secondPage.get("results").valueStream().map(r -> r.get("fileName").asString()))
                .containsExactly("two.txt");
        assertThat(secondPage.get("resultsPage").get("total").asInt()).isEqualTo(3);

        var list = json.readTree(api.get("/api/projects/" + project + "/jobs", token).body());
        assertThat(list.valueStream().map(j -> j.get("id").asLong())).containsExactly(accepted.get("id").asLong());
        assertThat(list.get(0).has("results")).isFalse();
    }

    @Test
    void a_zip_entry_whose_path_leaves_the_archive_is_rejected_with_the_reason_and_the_rest_imported() throws Exception {
        var project = project("jobapi-zip");
        String token = api.on(port).bearer("jobapi-zip");
        var zip = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("inside/story.txt"));
            out.write(GeneratedNews.bytes(2101, 200));
            out.putNextEntry(new ZipEntry("../x.txt"));
            out.write(GeneratedNews.bytes(2102, 200));
        }

        var response = post(project, token, multipart(file("file", "leak.zip", zip.toByteArray())));

        assertThat(response.statusCode()).isEqualTo(202);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(json.readTree(response.body()).get("title").asString()).isEqualTo("leak.zip");
        assertThat(awaitEnded(location, token).get("state").asString()).isEqualTo("DONE");
        var rejected = json.readTree(api.get(location + "?outcome=REJECTED", token).body()).get("results");
        assertThat(rejected.size()).isEqualTo(1);
        assertThat(rejected.get(0).get("fileName").asString()).isEqualTo("../x.txt");
        assertThat(rejected.get(0).get("message").asString()).contains("leaves the archive");
        var imported = json.readTree(api.get(location + "?outcome=DONE", token).body()).get("results");
        assertThat(imported.valueStream().map(r -> r.get("fileName").asString())).containsExactly("inside/story.txt");
    }

    @Test
    void an_address_that_is_no_web_address_becomes_a_rejected_result() throws Exception {
        var project = project("jobapi-urls");
        String token = api.on(port).bearer("jobapi-urls");

        var response = api.on(port).postJson("/api/projects/" + project + "/imports", token,
                "{\"urls\": [\"ftp://example.org/report.txt\"]}");

        assertThat(response.statusCode()).isEqualTo(202);
        var done = awaitEnded(response.headers().firstValue("Location").orElseThrow(), token);
        assertThat(done.get("state").asString()).isEqualTo("DONE");
        var result = done.get("results").get(0);
        assertThat(result.get("fileName").asString()).isEqualTo("ftp://example.org/report.txt");
        assertThat(result.get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(result.get("message").asString()).contains("no web address");
        assertThat(done.get("progress").get("rejected").asInt()).isEqualTo(1);
    }

    @Test
    void a_stranger_is_told_the_job_does_not_exist_and_a_viewer_may_look_but_not_cancel() throws Exception {
        var project = project("jobapi-guard");
        var viewer = fixtures.user("jobapi-viewer");
        fixtures.member(project, viewer, ProjectRole.VIEWER);
        fixtures.user("jobapi-stranger");
        String owner = api.on(port).bearer("jobapi-guard");
        var response = api.postJson("/api/projects/" + project + "/imports", owner, "{\"urls\": [\"not an address\"]}");
        String location = response.headers().firstValue("Location").orElseThrow();
        String stranger = api.bearer("jobapi-stranger");
        String viewerToken = api.bearer("jobapi-viewer");

        var strangers = api.get(location, stranger);
        assertThat(strangers.statusCode()).isEqualTo(404);
        assertThat(json.readTree(strangers.body()).get("detail").asString()).doesNotContain("Project");
        assertThat(delete(location, stranger).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/projects/" + project + "/jobs", stranger).statusCode()).isEqualTo(404);
        assertThat(api.get(location, viewerToken).statusCode()).isEqualTo(200);
        var refused = delete(location, viewerToken);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json.readTree(refused.body()).get("error").asString()).isEqualTo("forbidden");
        assertThat(api.postJson("/api/projects/" + project + "/imports", viewerToken, "{\"urls\": [\"https://example.org\"]}")
                .statusCode()).isEqualTo(403);
    }

    @Test
    void delete_cancels_a_running_job_and_a_job_that_has_ended_is_answered_unchanged() throws Exception {
        var project = project("jobapi-cancel");
        String token = api.on(port).bearer("jobapi-cancel");
        var response = post(project, token, multipart(file("file", "many.zip", GeneratedNews.zip(2000, 300))));
        String location = response.headers().firstValue("Location").orElseThrow();

        var cancelled = json.readTree(delete(location, token).body());

        assertThat(cancelled.get("state").asString()).isEqualTo("CANCELLED");
        var progress = cancelled.get("progress");
        assertThat(progress.get("cancelled").asInt()).isPositive();
        assertThat(progress.get("finished").asInt()).isEqualTo(2000);
        var again = delete(location, token);
        assertThat(again.statusCode()).isEqualTo(200);
        var unchanged = json.readTree(again.body());
        assertThat(unchanged.get("state").asString()).isEqualTo("CANCELLED");
        assertThat(unchanged.get("finishedAt")).isEqualTo(cancelled.get("finishedAt"));
        assertThat(unchanged.get("progress").get("done")).isEqualTo(progress.get("done"));
    }

    @Test
    void bad_requests_are_refused_with_a_problem_that_says_what_to_send_and_start_no_job() throws Exception {
        var project = project("jobapi-bad");
        String token = api.on(port).bearer("jobapi-bad");
        byte[] zip = GeneratedNews.zip(2, 50);

        assertProblem(post(project, token, multipart(file("file", "notes.txt", GeneratedNews.bytes(1, 50)))),
                "file", "is no ZIP archive", "files", "/documents");
        assertProblem(post(project, token, multipart(file("file", "report.docx", zip))), "file", "is no ZIP archive");
        assertProblem(post(project, token, multipart(file("files", "a.txt", GeneratedNews.bytes(1, 50)),
                file("file", "b.zip", zip))), "file", "not both");
        assertProblem(post(project, token, multipart(file("file", "a.zip", zip), file("file", "b.zip", zip))), "file",
                "one ZIP archive per request");
        assertProblem(post(project, token, multipart()), "files", "parts named files");
        assertProblem(post(project, token, multipart(file("documents", "a.txt", GeneratedNews.bytes(1, 50)))),
                "documents", "no part");
        assertProblem(post(project, token, ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"\r\n\r\n"
                + "text\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8)), "files", "needs a file name");
        String urls = "/api/projects/" + project + "/imports";
        assertProblem(api.postJson(urls, token, "{\"urls\": \"https://example.org\"}"), "urls", "list");
        assertProblem(api.postJson(urls, token, "{\"urls\": [\"https://example.org\", 7]}"), "urls[1]", "text");
        assertProblem(api.postJson(urls, token, "{\"urls\": [null]}"), "urls[0]", "null");
        assertProblem(api.postJson(urls, token, "{\"urls\": []}"), "urls", "at least one");
        assertProblem(api.postJson(urls, token, "{}"), "urls", "Send the addresses");
        assertProblem(api.postJson(urls, token, "{\"urls\": [" + "\"https://example.org\",".repeat(10_000)
                + "\"https://example.org\"]}"), "urls", "At most 10,000");
        assertProblem(api.get("/api/projects/" + project + "/jobs?limit=0", token), "limit", "1 to");
        assertProblem(api.get("/api/jobs/1?outcome=REJECTED&outcome=NOPE", token), "outcome",
                "outcome must be one of PENDING, DONE, DUPLICATE, REJECTED, FAILED, CANCELLED", "NOPE");
        assertProblem(api.get("/api/jobs/1?limit=1001", token), "limit", "1 to 1000");

        assertThat(fixtures.jdbc().sql("select count(*) from job where project_id = :p").param("p", project.value())
                .query(Long.class).single()).isZero();
    }

    private void assertProblem(HttpResponse<String> response, String field, String... detail) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        var problem = json.readTree(response.body());
        assertThat(problem.get("field").asString()).isEqualTo(field);
        assertThat(problem.get("detail").asString()).contains(detail);
    }

    private JsonNode awaitEnded(String location, String token) throws Exception {
        await().pollInSameThread().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> !java.util.Set.of("QUEUED", "RUNNING")
                        .contains(json.readTree(api.get(location, token).body()).get("state").asString()));
        return json.readTree(api.get(location, token).body());
    }

    private ProjectId project(String login) {
        return fixtures.project("Jobs " + login, fixtures.user(login));
    }

    static final String BOUNDARY = "----factdesk-jobs";

    record FilePart(String name, String fileName, byte[] bytes) {
    }

    static FilePart file(String name, String fileName, byte[] bytes) {
        return new FilePart(name, fileName, bytes);
    }

    static byte[] multipart(FilePart... parts) {
        var body = new ByteArrayOutputStream();
        for (var part : parts) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part.name()
                    + "\"; filename=\"" + part.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.bytes());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private HttpResponse<String> post(ProjectId project, String token, byte[] body) throws Exception {
        return api.on(port).send(api.request("/api/projects/" + project + "/imports", token)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpResponse<String> delete(String location, String token) throws Exception {
        return api.on(port).send(api.request(location, token).DELETE());
    }
}
