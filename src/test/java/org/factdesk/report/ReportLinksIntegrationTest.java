package org.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.claim.ClaimFixtures;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ClaimQuery;
import org.factdesk.claim.ClaimService;
import org.factdesk.link.LinkService;
import org.factdesk.source.ImportRequest;
import org.factdesk.source.SourceImporter;
import org.factdesk.team.ProjectId;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reports carry the links between sources: each claim's links in JSON, "Where the sources disagree" in HTML and
 * PDF, linking annotations in the W3C export, and a row per link in the links CSV.
 */
@FactdeskIntegrationTest
class ReportLinksIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired ReportService reports;
    @Autowired Fixtures fixtures;
    @Autowired ClaimFixtures claimFixtures;
    @Autowired ClaimService claims;
    @Autowired SourceImporter importer;
    @Autowired LinkService links;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    /** The wire, the city and the hospital on one collapse, with the links an editor would find after linking. */
    record Story(ProjectId project, ClaimId wire, ClaimId city, ClaimId hospital, long conflict, long rejected,
                 long agrees) {
    }

    Story story(String owner) {
        var project = fixtures.project("Bridge " + owner, fixtures.user(owner));
        fixtures.signIn(owner);
        var wire = claimFixtures.bridgeClaim(project);
        var city = claimFixtures.cityClaim(project);
        var hospital = claims.forDocument(importer.importOne(project, ImportRequest.file("hospital.txt", "text/plain",
                "The hospital said 12 people were treated for injuries after the bridge collapsed on Tuesday.\n"
                        .getBytes(StandardCharsets.UTF_8))).documentId()).getFirst().id();
        await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> links.pending(project) == 0);
        // whatever linking found, the pairs are set as the test needs them
        long conflict = link(project, wire, city, "CONFLICTS", "SUGGESTED",
                "[{\"kind\": \"FIGURE\", \"thisSide\": \"at least 14 injured\", \"otherSide\": \"11 injured\"}]");
        long rejected = link(project, city, hospital, "CONFLICTS", "REJECTED",
                "[{\"kind\": \"FIGURE\", \"thisSide\": \"11 injured\", \"otherSide\": \"12 treated\"}]");
        long agrees = link(project, wire, hospital, "CORROBORATES", "CONFIRMED", "[]");
        return new Story(project, wire, city, hospital, conflict, rejected, agrees);
    }

    /** The pair's link as given, differences from the lower claim id's side (as the link module stores them). */
    long link(ProjectId project, ClaimId x, ClaimId y, String relation, String state, String differences) {
        boolean swap = x.value() > y.value();
        long a = Math.min(x.value(), y.value());
        long b = Math.max(x.value(), y.value());
        String stored = swap ? differences.replace("thisSide", "tmp").replace("otherSide", "thisSide")
                .replace("tmp", "otherSide") : differences;
        return fixtures.jdbc().sql("""
                        insert into claim_link (project_id, claim_a, claim_b, relation, state, score, reasons,
                                                differences, created_at, updated_at)
                        values (:project, :a, :b, :relation, :state, 77, '["same counted thing: injured"]',
                                cast(:differences as jsonb), now(), now())
                        on conflict (claim_a, claim_b) do update set relation = excluded.relation,
                            state = excluded.state, score = excluded.score, reasons = excluded.reasons,
                            differences = excluded.differences
                        returning id
                        """)
                .param("project", project.value()).param("a", a).param("b", b).param("relation", relation)
                .param("state", state).param("differences", stored).query(Long.class).single();
    }

    byte[] export(ProjectId project, ExportFormat format) {
        var out = new ByteArrayOutputStream();
        reports.export(new ExportRequest(project, format, ClaimQuery.all(), ExportOptions.everything()), out,
                ExportProgress.NONE);
        return out.toByteArray();
    }

    String text(ProjectId project, ExportFormat format) {
        return new String(export(project, format), StandardCharsets.UTF_8);
    }

    @Test
    void the_json_report_gives_each_claim_its_links_with_the_other_claim_and_the_differences_from_its_side() {
        var s = story("rl-json");
        String json = text(s.project(), ExportFormat.JSON);
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(
                getClass().getResourceAsStream("/report/factdesk-report.schema.json"),
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        assertThat(schema.validate(json, InputFormat.JSON)).isEmpty();

        var byId = new java.util.HashMap<Long, JsonNode>();
        JSON.readTree(json).path("documents").forEach(d -> d.path("claims").forEach(c -> byId.put(c.path("id").asLong(), c)));
        var wireLinks = byId.get(s.wire().value()).path("links");
        assertThat(wireLinks.size()).isEqualTo(2);
        // confirmed first, then suggestions
        assertThat(wireLinks.get(0).path("relation").asString()).isEqualTo("CORROBORATES");
        assertThat(wireLinks.get(0).path("state").asString()).isEqualTo("CONFIRMED");
        var conflict = wireLinks.get(1);
        assertThat(conflict.path("id").asLong()).isEqualTo(s.conflict());
        assertThat(conflict.path("claimId").asLong()).isEqualTo(s.city().value());
        assertThat(conflict.path("quote").asString()).contains("11 people were injured");
        assertThat(conflict.path("document").asString()).isNotBlank();
        assertThat(conflict.path("score").asInt()).isEqualTo(77);
        assertThat(conflict.path("reasons").get(0).asString()).isEqualTo("same counted thing: injured");
        assertThat(conflict.path("differences").get(0).path("kind").asString()).isEqualTo("FIGURE");
        assertThat(conflict.path("differences").get(0).path("this").asString()).isEqualTo("at least 14 injured");
        assertThat(conflict.path("differences").get(0).path("other").asString()).isEqualTo("11 injured");

        var fromCity = byId.get(s.city().value()).path("links");
        var same = stream(fromCity).filter(l -> l.path("id").asLong() == s.conflict()).findFirst().orElseThrow();
        assertThat(same.path("claimId").asLong()).isEqualTo(s.wire().value());
        assertThat(same.path("differences").get(0).path("this").asString()).isEqualTo("11 injured");
        assertThat(stream(fromCity).filter(l -> l.path("id").asLong() == s.rejected()).findFirst().orElseThrow()
                .path("state").asString()).isEqualTo("REJECTED");
    }

    @Test
    void html_and_pdf_list_where_the_sources_disagree_with_both_quotes_and_leave_rejected_conflicts_out() throws Exception {
        var s = story("rl-html");
        var page = Jsoup.parse(text(s.project(), ExportFormat.HTML));
        var section = page.select("section#disagree");
        assertThat(section).hasSize(1);
        assertThat(section.select("h2").text()).isEqualTo("Where the sources disagree");
        assertThat(page.select(".toc a[href=#disagree]")).hasSize(1);
        var items = section.select("ol.conflicts > li");
        assertThat(items).hasSize(1);
        assertThat(items.select("blockquote").eachText()).anySatisfy(q -> assertThat(q).contains("At least 14 people"))
                .anySatisfy(q -> assertThat(q).contains("11 people were injured"));
        assertThat(items.select("table.differences").text()).contains("figure", "at least 14 injured", "11 injured");
        assertThat(items.text()).contains("Suggested by Factdesk", "same counted thing: injured");
        assertThat(section.text()).doesNotContain("12 treated");

        try (var pdf = Loader.loadPDF(export(s.project(), ExportFormat.PDF))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Where the sources disagree", "at least 14 injured");
        }

        // a project whose only conflict was rejected has no such section
        fixtures.jdbc().sql("update claim_link set state = 'REJECTED' where id = :id").param("id", s.conflict()).update();
        assertThat(Jsoup.parse(text(s.project(), ExportFormat.HTML)).select("#disagree")).isEmpty();
    }

    @Test
    void the_web_annotation_export_links_both_claims_of_each_link_not_rejected() {
        var s = story("rl-w3c");
        JsonNode collection = JSON.readTree(export(s.project(), ExportFormat.W3C));
        var annotations = new ArrayList<JsonNode>();
        for (JsonNode page = collection.path("first"); page.isObject(); page = page.path("next")) {
            page.path("items").forEach(annotations::add);
        }
        assertThat(collection.path("total").asInt()).isEqualTo(annotations.size());
        var linking = annotations.stream().filter(a -> a.path("motivation").asString().equals("linking")).toList();
        assertThat(linking).extracting(a -> a.path("id").asString()).containsExactlyInAnyOrder(
                "urn:factdesk:project:" + s.project().value() + ":link:" + s.conflict(),
                "urn:factdesk:project:" + s.project().value() + ":link:" + s.agrees());
        var conflict = linking.stream().filter(a -> a.path("id").asString().endsWith(":link:" + s.conflict()))
                .findFirst().orElseThrow();
        assertThat(conflict.path("body").get(0).path("value").asString()).isEqualTo("Conflicts (suggested)");
        assertThat(conflict.path("body").get(1).path("value").asString()).contains("figure:");
        var targets = conflict.path("target");
        assertThat(targets.size()).isEqualTo(2);
        var exacts = stream(targets).map(t -> t.path("selector").get(0).path("exact").asString()).toList();
        assertThat(exacts).anySatisfy(q -> assertThat(q).contains("At least 14 people"))
                .anySatisfy(q -> assertThat(q).contains("11 people were injured"));
        // the same selectors as the claim's own annotation
        var wireAnnotation = annotations.stream()
                .filter(a -> a.path("id").asString().endsWith(":claim:" + s.wire().value())).findFirst().orElseThrow();
        var wireTarget = stream(targets).filter(t -> t.path("selector").get(0).path("exact").asString()
                .contains("At least 14")).findFirst().orElseThrow();
        assertThat(wireTarget).isEqualTo(wireAnnotation.path("target"));
    }

    @Test
    void the_links_csv_has_one_row_per_link_with_both_claims_their_differences_and_reasons() throws Exception {
        var s = story("rl-csv");
        var records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text(s.project(), ExportFormat.LINKS))).getRecords();
        assertThat(records).extracting(r -> Long.parseLong(r.get("link_id")))
                .containsExactlyInAnyOrder(s.conflict(), s.rejected(), s.agrees());
        assertThat(records.getFirst().toMap().keySet()).containsExactlyInAnyOrderElementsOf(CsvLinksWriter.COLUMNS);
        var conflict = records.stream().filter(r -> r.get("link_id").equals(String.valueOf(s.conflict())))
                .findFirst().orElseThrow();
        assertThat(conflict.get("relation")).isEqualTo("CONFLICTS");
        assertThat(conflict.get("state")).isEqualTo("SUGGESTED");
        assertThat(conflict.get("score")).isEqualTo("77");
        assertThat(List.of(conflict.get("claim_a_id"), conflict.get("claim_b_id")))
                .containsExactlyInAnyOrder(String.valueOf(s.wire().value()), String.valueOf(s.city().value()));
        assertThat(conflict.get("quote_a") + conflict.get("quote_b")).contains("At least 14 people", "11 people");
        assertThat(conflict.get("differences")).startsWith("figure: ").contains(" ↔ ");
        assertThat(conflict.get("reasons")).isEqualTo("same counted thing: injured");
        assertThat(ExportFormat.byKey("links")).hasValue(ExportFormat.LINKS);
    }

    static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        var list = new ArrayList<JsonNode>();
        array.forEach(list::add);
        return list.stream();
    }
}
