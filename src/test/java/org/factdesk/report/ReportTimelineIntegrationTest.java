package org.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.claim.ClaimQuery;
import org.factdesk.link.LinkService;
import org.factdesk.source.ImportRequest;
import org.factdesk.source.SourceImporter;
import org.factdesk.team.ProjectId;
import org.factdesk.timeline.TimelineService;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/** Reports asked for their timeline draw it (HTML, PDF) or list its events (JSON); others leave it out. */
@FactdeskIntegrationTest
class ReportTimelineIntegrationTest {

    @Autowired ReportService reports;
    @Autowired SourceImporter importer;
    @Autowired LinkService links;
    @Autowired TimelineService timeline;
    @Autowired Fixtures fixtures;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    private ProjectId story(String owner) {
        var project = fixtures.project("Report timeline " + owner, fixtures.user(owner));
        fixtures.signIn(owner);
        put(project, "governor.txt", "Gunmen killed 12 villagers in Tarsk on Monday, the regional governor said.");
        put(project, "police.txt", "Twelve villagers were killed by gunmen in Tarsk on Monday, police said.");
        put(project, "dam.txt", "The Orlov dam burst on 12 January, flooding four villages, the ministry said.");
        await().pollInSameThread().atMost(Duration.ofSeconds(60))
                .until(() -> links.pending(project) == 0 && !timeline.updating(project));
        return project;
    }

    private void put(ProjectId project, String file, String sentence) {
        importer.importOne(project, ImportRequest.file(file, "text/plain",
                ("Report\n\nMarch 4, 2026\n\n" + sentence + "\n").getBytes(StandardCharsets.UTF_8)));
    }

    private byte[] export(ProjectId project, ExportFormat format, boolean withTimeline) {
        var options = new ExportOptions(true, true, false, false, false, true, false, withTimeline, false);
        var out = new ByteArrayOutputStream();
        reports.export(new ExportRequest(project, format, ClaimQuery.all(), options), out, ExportProgress.NONE);
        return out.toByteArray();
    }

    @Test
    void the_html_report_draws_the_timeline_of_its_claims_events_only_when_asked() throws Exception {
        var project = story("rt-html");

        var html = Jsoup.parse(new String(export(project, ExportFormat.HTML, true), StandardCharsets.UTF_8));
        var section = html.getElementById("timeline");
        assertThat(section).isNotNull();
        assertThat(section.select("svg .fd-tl-event, svg .fd-tl-cluster")).isNotEmpty();
        assertThat(section.text()).contains("Timeline");
        assertThat(html.select("nav.toc a[href=#timeline]")).hasSize(1);

        var without = Jsoup.parse(new String(export(project, ExportFormat.HTML, false), StandardCharsets.UTF_8));
        assertThat(without.getElementById("timeline")).isNull();

        try (var pdf = Loader.loadPDF(export(project, ExportFormat.PDF, true))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Timeline");
        }
    }

    @Test
    void the_json_report_lists_the_events_with_their_claims_and_stays_valid() {
        var project = story("rt-json");

        String json = new String(export(project, ExportFormat.JSON, true), StandardCharsets.UTF_8);

        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(
                getClass().getResourceAsStream("/report/factdesk-report.schema.json"),
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        assertThat(schema.validate(json, InputFormat.JSON)).isEmpty();
        var events = JsonMapper.builder().build().readTree(json).path("timeline").path("events");
        assertThat(events.size()).isEqualTo(2);
        assertThat(events.get(0).path("date").asString()).isEqualTo("2026-01-12");
        assertThat(events.get(1).path("date").asString()).isEqualTo("2026-03-02");
        assertThat(events.get(1).path("claims").size()).isEqualTo(2);

        String plain = new String(export(project, ExportFormat.JSON, false), StandardCharsets.UTF_8);
        assertThat(JsonMapper.builder().build().readTree(plain).has("timeline")).isFalse();
    }
}
