package org.factdesk.timeline.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.factdesk.ApiClient;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.link.LinkService;
import org.factdesk.source.ImportRequest;
import org.factdesk.source.SourceImporter;
import org.factdesk.team.ProjectId;
import org.factdesk.timeline.TimelineService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

@FactdeskIntegrationTest
class TimelineApiIntegrationTest {

    @LocalServerPort int port;
    @Autowired ApiClient api;
    @Autowired Fixtures fixtures;
    @Autowired SourceImporter importer;
    @Autowired LinkService links;
    @Autowired TimelineService timeline;
    @Autowired JsonMapper json;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    private ProjectId story(String owner) {
        var project = fixtures.project("Timeline API " + owner, fixtures.user(owner));
        fixtures.signIn(owner);
        put(project, "a.txt", "Eleven people were injured when the Kestrel Bay footbridge collapsed on Tuesday, the "
                + "council said.");
        put(project, "b.txt", "At least 14 people were injured when the Kestrel Bay footbridge collapsed on Tuesday, "
                + "witnesses said.");
        put(project, "c.txt", "The Orlov dam burst on 12 January, flooding four villages, the ministry said.");
        put(project, "d.txt", "Unemployment in the province rose to 12 percent, the statistics office said.");
        await().pollInSameThread().atMost(Duration.ofSeconds(60))
                .until(() -> links.pending(project) == 0 && !timeline.updating(project));
        fixtures.signOut();
        return project;
    }

    private void put(ProjectId project, String file, String sentence) {
        importer.importOne(project, ImportRequest.file(file, "text/plain",
                ("Report\n\nMarch 4, 2026\n\n" + sentence + "\n").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void the_timeline_lists_events_by_date_with_their_claims_conflicts_and_the_undated_count() throws Exception {
        var project = story("tl-api");
        String owner = api.on(port).bearer("tl-api");

        var response = api.get("/api/projects/" + project.value() + "/timeline", owner);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var body = json.readTree(response.body());
        var events = body.get("events");
        assertThat(events.size()).isEqualTo(2);
        assertThat(events.get(0).get("date").asString()).isEqualTo("2026-01-12");
        var bridge = events.get(1);
        assertThat(bridge.get("date").asString()).isEqualTo("2026-03-03");
        assertThat(bridge.get("dateEnd").asString()).isEqualTo("2026-03-03");
        assertThat(bridge.get("precision").asString()).isEqualTo("DAY");
        assertThat(bridge.get("claims").size()).isEqualTo(2);
        var claim = bridge.get("claims").get(0);
        for (String field : new String[]{"claimId", "documentId", "quote", "date"}) {
            assertThat(claim.has(field)).as(field).isTrue();
        }
        assertThat(bridge.get("conflicts").size()).isEqualTo(1);
        assertThat(bridge.get("conflicts").get(0).get("differences").get(0).get("kind").asString()).isEqualTo("FIGURE");
        assertThat(body.get("undated").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(body.get("updating").asBoolean()).isFalse();

        var conflicts = json.readTree(api.get("/api/projects/" + project.value()
                + "/timeline?conflictsOnly=true&from=2026-03-01&to=2026-03-31", owner).body());
        assertThat(conflicts.get("events").size()).isEqualTo(1);
        var january = json.readTree(api.get("/api/projects/" + project.value() + "/timeline?to=2026-01-31", owner)
                .body());
        assertThat(january.get("events").size()).isEqualTo(1);
    }

    @Test
    void bad_dates_are_a_400_in_words_and_a_strangers_project_is_not_found() throws Exception {
        var project = story("tl-api-bad");
        String owner = api.on(port).bearer("tl-api-bad");

        var notADate = api.get("/api/projects/" + project.value() + "/timeline?from=yesterday", owner);
        assertThat(notADate.statusCode()).isEqualTo(400);
        assertThat(notADate.body()).contains("from");
        var backwards = api.get("/api/projects/" + project.value() + "/timeline?from=2026-03-01&to=2026-02-01", owner);
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("start date is after the end date");
        var badStatus = api.get("/api/projects/" + project.value() + "/timeline?status=MAYBE", owner);
        assertThat(badStatus.statusCode()).isEqualTo(400);

        fixtures.user("tl-api-stranger");
        String stranger = api.bearer("tl-api-stranger");
        assertThat(api.get("/api/projects/" + project.value() + "/timeline", stranger).statusCode()).isEqualTo(404);
    }
}
