package org.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.factdesk.ApiClient;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.claim.ClaimFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

@FactdeskIntegrationTest
class ReportApiIntegrationTest {

    @LocalServerPort int port;
    @Autowired ApiClient api;
    @Autowired Fixtures fixtures;
    @Autowired ClaimFixtures claimFixtures;
    @Autowired JsonMapper json;

    @Test
    void export_streams_each_format_and_answers_400_for_unknown_ones_and_404_for_strangers() throws Exception {
        var project = fixtures.project("API export", fixtures.user("api-exp-owner"));
        fixtures.user("api-exp-stranger");
        fixtures.signIn("api-exp-owner");
        long claimId = claimFixtures.bridgeClaim(project).value();
        fixtures.signOut();
        String owner = api.on(port).bearer("api-exp-owner");

        var verdictsOnly = api.get("/api/projects/" + project + "/export?format=csv", owner);
        assertThat(verdictsOnly.body().lines().count()).as("the claim has no verdict yet").isEqualTo(1);
        var csv = api.get("/api/projects/" + project + "/export?format=csv&unreviewed=true", owner);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
                assertThat(d).startsWith("attachment").contains("api-export-").contains(".csv"));
        var rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body())).getRecords();
        assertThat(rows).extracting(r -> r.get("claim_id")).containsExactly(String.valueOf(claimId));

        for (String format : new String[] {"html", "json", "md", "w3c"}) {
            assertThat(api.get("/api/projects/" + project + "/export?format=" + format, owner).statusCode())
                    .as(format).isEqualTo(200);
        }
        var onlyPublished = api.get("/api/projects/" + project + "/export?format=json&status=published", owner);
        assertThat(json.readTree(onlyPublished.body()).path("summary").path("claims").asInt()).isZero();
        var badStatus = api.get("/api/projects/" + project + "/export?format=json&status=nonsense", owner);
        assertThat(badStatus.statusCode()).isEqualTo(400);

        var unknown = api.get("/api/projects/" + project + "/export?format=docx", owner);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json.readTree(unknown.body()).path("detail").asString())
                .contains("docx").contains("html, pdf, csv, json, md, claimreview, w3c");
        var claimReview = api.get("/api/projects/" + project + "/export?format=claimreview", owner);
        assertThat(claimReview.statusCode()).as("no publisher set yet").isEqualTo(400);

        String stranger = api.bearer("api-exp-stranger");
        assertThat(api.get("/api/projects/" + project + "/export?format=csv", stranger).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/projects/" + project + "/backup", stranger).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/projects/999999/export?format=csv", owner).statusCode()).isEqualTo(404);
    }

    @Test
    void a_backup_downloaded_from_one_project_is_restored_as_a_new_one() throws Exception {
        var project = fixtures.project("API backup", fixtures.user("api-bak-owner"));
        fixtures.signIn("api-bak-owner");
        claimFixtures.bridgeClaim(project);
        fixtures.signOut();
        String owner = api.on(port).bearer("api-bak-owner");
        var backup = api.send(api.request("/api/projects/" + project + "/backup", owner).GET(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(backup.statusCode()).isEqualTo(200);
        assertThat(backup.headers().firstValue("Content-Type")).hasValue("application/zip");

        var restored = upload(owner, backup.body());
        assertThat(restored.statusCode()).isEqualTo(201);
        long newId = json.readTree(restored.body()).path("id").asLong();
        assertThat(newId).isNotEqualTo(project.value());
        var csv = api.get("/api/projects/" + newId + "/export?format=csv&unreviewed=true", owner);
        assertThat(csv.body().lines().count()).isEqualTo(2);

        var foreign = upload(owner, "not a zip at all".getBytes(StandardCharsets.UTF_8));
        assertThat(foreign.statusCode()).isEqualTo(400);
        assertThat(json.readTree(foreign.body()).path("detail").asString()).contains("not a Factdesk backup");
    }

    HttpResponse<String> upload(String token, byte[] zip) throws Exception {
        String boundary = "----factdesk" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"backup.zip\""
                + "\r\nContent-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(zip);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.send(api.request("/api/projects/import", token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }
}
