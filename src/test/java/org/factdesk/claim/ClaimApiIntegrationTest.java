package org.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.factdesk.ApiClient;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.source.ImportRequest;
import org.factdesk.source.SourceImporter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

@FactdeskIntegrationTest
class ClaimApiIntegrationTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired ApiClient api;
    @Autowired SourceImporter importer;
    @Autowired JsonMapper json;

    @Test
    void claims_come_with_anchors_signals_and_facts() throws Exception {
        var project = fixtures.project("API claims", fixtures.user("api-claims"));
        fixtures.user("api-claims-stranger");
        fixtures.signIn("api-claims");
        var document = importer.importOne(project, ImportRequest.file("a.txt", "text/plain",
                "Officials said on 3 March 2026 that at least 14 people were injured when the bridge collapsed.\n"
                        .getBytes(StandardCharsets.UTF_8))).documentId();
        fixtures.signOut();
        String token = api.on(port).bearer("api-claims");

        var byDocument = json.readTree(api.get("/api/documents/" + document + "/claims", token).body());
        var byProject = json.readTree(api.get("/api/projects/" + project + "/claims?hasFigure=true", token).body());

        assertThat(byDocument.size()).isEqualTo(1);
        var claim = byDocument.get(0);
        assertThat(claim.get("documentId").asLong()).isEqualTo(document.value());
        assertThat(claim.get("documentVersion").asInt()).isEqualTo(1);
        assertThat(claim.get("quote").asString()).startsWith("Officials said");
        assertThat(claim.get("end").asInt() - claim.get("start").asInt()).isEqualTo(claim.get("quote").asString().length());
        assertThat(claim.get("prefix").asString()).isEmpty();
        assertThat(claim.get("status").asString()).isEqualTo("SUGGESTED");
        assertThat(claim.get("quantities").get(0).get("value").asDouble()).isEqualTo(14);
        assertThat(claim.get("quantities").get(0).get("qualifier").asString()).isEqualTo("at least");
        assertThat(claim.get("dates").get(0).get("date").asString()).isEqualTo("2026-03-03");
        assertThat(claim.get("claimant").asString()).isEqualTo("Officials");
        assertThat(claim.get("signals").valueStream().map(s -> s.asString())).anyMatch(s -> s.startsWith("figure:"));
        assertThat(byProject.size()).isEqualTo(1);
        assertThat(api.get("/api/projects/" + project + "/claims", api.bearer("api-claims-stranger")).statusCode())
                .isEqualTo(404);
        assertThat(api.get("/api/projects/" + project + "/claims?sort=random", token).statusCode()).isEqualTo(400);
    }
}
