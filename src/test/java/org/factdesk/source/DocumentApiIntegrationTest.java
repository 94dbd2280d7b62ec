package org.factdesk.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.factdesk.ApiClient;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.team.ProjectRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

@FactdeskIntegrationTest
class DocumentApiIntegrationTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired ApiClient api;
    @Autowired JsonMapper json;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    String token(String login) {
        return api.on(port).bearer(login);
    }

    HttpResponse<String> upload(long projectId, String token, String... namesAndContents) throws Exception {
        String boundary = "----factdesk" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        for (int i = 0; i < namesAndContents.length; i += 2) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                    + namesAndContents[i] + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.on(port).send(api.request("/api/projects/" + projectId + "/documents", token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    HttpResponse<String> get(String path, String token) throws Exception {
        return api.on(port).get(path, token);
    }

    @Test
    void files_are_uploaded_listed_and_read_back_with_per_file_results() throws Exception {
        var owner = fixtures.user("api-doc-owner");
        var project = fixtures.project("API sources", owner);
        String token = token("api-doc-owner");

        var response = upload(project.value(), token,
                "wire.txt", "By Ann Lee\n\nPort reopens after strike\n\nThe port reopened on Friday.\n",
                "empty.txt", "",
                "copy.txt", "By Ann Lee\n\nPort reopens after strike\n\nThe port reopened on Friday.\n");

        assertThat(response.statusCode()).isEqualTo(200);
        var results = json.readTree(response.body()).get("results");
        assertThat(results.valueStream().map(r -> r.get("outcome").asString()))
                .containsExactly("IMPORTED", "REJECTED", "DUPLICATE");
        assertThat(results.get(1).get("message").asString()).contains("empty");
        long documentId = results.get(0).get("documentId").asLong();

        var list = json.readTree(get("/api/projects/" + project + "/documents", token).body());
        assertThat(list.valueStream().map(d -> d.get("title").asString())).containsExactly("Port reopens after strike");

        var detail = json.readTree(get("/api/documents/" + documentId, token).body());
        assertThat(detail.get("document").get("author").asString()).isEqualTo("Ann Lee");
        assertThat(detail.get("text").asString()).contains("The port reopened on Friday.");
        assertThat(detail.get("structure").valueStream().map(b -> b.get("kind").asString()))
                .contains("BYLINE", "TITLE", "PARAGRAPH");
        assertThat(detail.get("versions").size()).isEqualTo(1);
    }

    @Test
    void a_viewer_cannot_upload_and_a_stranger_cannot_see() throws Exception {
        var owner = fixtures.user("api-doc-own2");
        var viewer = fixtures.user("api-doc-viewer");
        fixtures.user("api-doc-stranger");
        var project = fixtures.project("Guarded API", owner);
        fixtures.member(project, viewer, ProjectRole.VIEWER);

        assertThat(upload(project.value(), token("api-doc-viewer"), "a.txt", "text").statusCode()).isEqualTo(403);
        assertThat(get("/api/projects/" + project + "/documents", token("api-doc-stranger")).statusCode()).isEqualTo(404);
        assertThat(get("/api/documents/999999", token("api-doc-viewer")).statusCode()).isEqualTo(404);
    }
}
