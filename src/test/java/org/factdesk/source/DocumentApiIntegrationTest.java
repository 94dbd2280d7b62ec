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

    HttpResponse<String> patch(long documentId, String token, String ifMatch, String body) throws Exception {
        var request = api.request("/api/documents/" + documentId, token).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return api.on(port).send(request);
    }

    long uploaded(long projectId, String token, String text) throws Exception {
        var response = upload(projectId, token, "story-" + System.nanoTime() + ".txt", text);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body()).get("results").get(0).get("documentId").asLong();
    }

    static final String STORY = "March 6, 2026\n\nDepot fire injures 14\n\nThe city council said on Tuesday that 14 "
            + "people were injured in the fire at the Harbour Street depot.\n";

    @Test
    void an_editor_patches_metadata_with_if_match_and_gets_the_new_version_as_etag() throws Exception {
        var owner = fixtures.user("api-patch-owner");
        var project = fixtures.project("Patched sources", owner);
        String token = token("api-patch-owner");
        long id = uploaded(project.value(), token, STORY);
        var before = get("/api/documents/" + id, token);
        String etag = before.headers().firstValue("ETag").orElseThrow();
        var document = json.readTree(before.body()).get("document");
        assertThat(etag).isEqualTo("\"" + document.get("version").asInt() + "\"");
        assertThat(document.get("statedDates").valueStream().map(d -> d.asString())).containsExactly("2026-03-06");

        var response = patch(id, token, etag, """
                {"title": "Depot fire: 14 hurt", "author": "Dana Okoro", "publishedOn": "2026-03-12",
                 "url": "https://harbour.example/fire", "sourceType": "STATEMENT", "language": "de"}
                """);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var saved = json.readTree(response.body());
        assertThat(response.headers().firstValue("ETag")).contains("\"" + saved.get("version").asInt() + "\"");
        assertThat(saved.get("version").asInt()).isEqualTo(document.get("version").asInt() + 1);
        assertThat(saved.get("title").asString()).isEqualTo("Depot fire: 14 hurt");
        assertThat(saved.get("author").asString()).isEqualTo("Dana Okoro");
        assertThat(saved.get("publishedOn").asString()).isEqualTo("2026-03-12");
        assertThat(saved.get("sourceType").asString()).isEqualTo("STATEMENT");
        assertThat(saved.get("language").asString()).isEqualTo("de");
        assertThat(saved.get("dateOrigin").asString()).isEqualTo("EDITOR");

        // a field sent as null is cleared, one left out stays
        var cleared = patch(id, token, response.headers().firstValue("ETag").orElseThrow(), "{\"author\": null}");
        assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(200);
        var after = json.readTree(get("/api/documents/" + id, token).body()).get("document");
        assertThat(after.get("author").isNull()).isTrue();
        assertThat(after.get("title").asString()).isEqualTo("Depot fire: 14 hurt");
        assertThat(after.get("language").asString()).isEqualTo("de");
    }

    @Test
    void a_stale_or_missing_if_match_and_bad_values_are_refused_in_words_and_change_nothing() throws Exception {
        var owner = fixtures.user("api-patch-bad");
        var project = fixtures.project("Refused patches", owner);
        String token = token("api-patch-bad");
        long id = uploaded(project.value(), token, STORY);
        String etag = get("/api/documents/" + id, token).headers().firstValue("ETag").orElseThrow();
        assertThat(patch(id, token, etag, "{\"outlet\": \"Harbour Post\"}").statusCode()).isEqualTo(200);

        var stale = patch(id, token, etag, "{\"outlet\": \"Other Post\"}");
        assertThat(stale.statusCode()).as("someone saved first: the document as it is now").isEqualTo(409);
        assertThat(json.readTree(stale.body()).get("outlet").asString()).isEqualTo("Harbour Post");
        String current = stale.headers().firstValue("ETag").orElseThrow();
        assertThat(current).isNotEqualTo(etag);

        var missing = patch(id, token, null, "{\"outlet\": \"Other Post\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("If-Match");

        var refusals = java.util.Map.of(
                "{\"sourceType\": \"BLOG\"}", "sourceType must be one of",
                "{\"publishedOn\": \"24/01/2024\"}", "YYYY-MM-DD",
                "{\"publishedOn\": \"57385-01-01\"}", "YYYY-MM-DD",
                "{\"title\": \"" + "x".repeat(501) + "\"}", "longer than 500",
                "{\"title\": \"  \"}", "needs a title",
                "{\"url\": \"harbour post\"}", "https://",
                "{\"language\": \"" + "e".repeat(40) + "\"}", "longer than 35",
                "{\"colour\": \"red\"}", "colour is not a document field",
                "{\"title\": 42}", "title must be text",
                "{}", "Send one or more");
        for (var refusal : refusals.entrySet()) {
            var response = patch(id, token, current, refusal.getKey());
            assertThat(response.statusCode()).as(refusal.getKey() + " → " + response.body()).isEqualTo(400);
            assertThat(response.body()).as(refusal.getKey()).contains(refusal.getValue()).doesNotContain("Exception");
        }
        var unchanged = get("/api/documents/" + id, token);
        assertThat(unchanged.headers().firstValue("ETag")).contains(current);
        assertThat(json.readTree(unchanged.body()).get("document").get("outlet").asString()).isEqualTo("Harbour Post");
    }

    @Test
    void a_viewer_cannot_patch_a_document_and_a_stranger_does_not_find_it() throws Exception {
        var owner = fixtures.user("api-patch-own3");
        var viewer = fixtures.user("api-patch-viewer");
        fixtures.user("api-patch-stranger");
        var project = fixtures.project("Guarded patches", owner);
        fixtures.member(project, viewer, ProjectRole.VIEWER);
        long id = uploaded(project.value(), token("api-patch-own3"), STORY);
        String etag = get("/api/documents/" + id, token("api-patch-own3")).headers().firstValue("ETag").orElseThrow();

        assertThat(patch(id, token("api-patch-viewer"), etag, "{\"title\": \"Mine\"}").statusCode()).isEqualTo(403);
        assertThat(patch(id, token("api-patch-stranger"), etag, "{\"title\": \"Mine\"}").statusCode()).isEqualTo(404);
        assertThat(patch(999_999, token("api-patch-own3"), etag, "{\"title\": \"Mine\"}").statusCode()).isEqualTo(404);
        assertThat(json.readTree(get("/api/documents/" + id, token("api-patch-own3")).body()).get("document")
                .get("title").asString()).isEqualTo("Depot fire injures 14");
    }

    @Test
    void a_new_date_sent_through_the_api_resolves_the_claims_dates_again() throws Exception {
        var owner = fixtures.user("api-patch-dates");
        var project = fixtures.project("Redated sources", owner);
        String token = token("api-patch-dates");
        long id = uploaded(project.value(), token, STORY); // 6 March 2026 is a Friday
        var claims = json.readTree(get("/api/documents/" + id + "/claims", token).body());
        assertThat(tuesdays(claims)).containsExactly("2026-03-03");

        String etag = get("/api/documents/" + id, token).headers().firstValue("ETag").orElseThrow();
        assertThat(patch(id, token, etag, "{\"publishedOn\": \"2026-03-12\"}").statusCode()).isEqualTo(200);

        assertThat(tuesdays(json.readTree(get("/api/documents/" + id + "/claims", token).body())))
                .containsExactly("2026-03-10");
    }

    static java.util.List<String> tuesdays(tools.jackson.databind.JsonNode claims) {
        return claims.valueStream().flatMap(c -> c.get("dates").valueStream())
                .filter(d -> d.get("raw").asString().contains("Tuesday")).map(d -> d.get("date").asString()).toList();
    }
}
