package org.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.agreement.AgreementFixtures;
import org.factdesk.agreement.AgreementService;
import org.factdesk.agreement.RoundSelection;
import org.factdesk.claim.ClaimQuery;
import org.factdesk.review.ReviewService;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/** Reports asked for agreement give each round's figures as measured: HTML and PDF with heatmaps, JSON in numbers. */
@FactdeskIntegrationTest
class ReportAgreementIntegrationTest {

    @Autowired ReportService reports;
    @Autowired AgreementService agreement;
    @Autowired AgreementFixtures desks;
    @Autowired ReviewService reviews;
    @Autowired Fixtures fixtures;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    private AgreementFixtures.Desk measured(String prefix) {
        var desk = desks.desk(prefix, 2);
        var c = desk.claims();
        long t = reviews.scale(desk.project()).byLabel("True").orElseThrow().id();
        long f = reviews.scale(desk.project()).byLabel("False").orElseThrow().id();
        var round = agreement.start(desk.project(), "Harbour check", RoundSelection.of(c.subList(0, 4)), desk.reviewers());
        // r1: T T F F, r2: T F F F: 3 of 4 agree, Cohen's kappa 0.5
        long[][] given = {{t, t, f, f}, {t, f, f, f}};
        for (int r = 0; r < 2; r++) {
            fixtures.signIn(prefix + "-r" + (r + 1));
            for (int i = 0; i < 4; i++) {
                agreement.give(round.id(), c.get(i), given[r][i], "", null);
            }
        }
        fixtures.signIn(prefix + "-owner");
        return desk;
    }

    private byte[] export(AgreementFixtures.Desk desk, ExportFormat format, boolean withAgreement) {
        var options = new ExportOptions(true, true, false, false, false, true, false, false, withAgreement);
        var out = new ByteArrayOutputStream();
        reports.export(new ExportRequest(desk.project(), format, ClaimQuery.all(), options), out, ExportProgress.NONE);
        return out.toByteArray();
    }

    @Test
    void the_html_and_pdf_reports_give_each_rounds_figures_and_a_heatmap_per_pair_only_when_asked() throws Exception {
        var desk = measured("ra-html");

        var html = Jsoup.parse(new String(export(desk, ExportFormat.HTML, true), StandardCharsets.UTF_8));
        var section = html.getElementById("agreement");
        assertThat(section).isNotNull();
        assertThat(section.text()).contains("Harbour check", "Percent agreement 75.0 %", "Cohen's kappa 0.500",
                "Gwet's AC1");
        assertThat(section.select("figure.heatmap svg")).hasSize(1);
        assertThat(Jsoup.parse(new String(export(desk, ExportFormat.HTML, false), StandardCharsets.UTF_8))
                .getElementById("agreement")).isNull();

        try (var pdf = Loader.loadPDF(export(desk, ExportFormat.PDF, true))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Agreement", "Harbour check");
        }
    }

    @Test
    void the_json_report_carries_the_figures_and_the_confusion_tables_and_stays_valid() {
        var desk = measured("ra-json");

        String json = new String(export(desk, ExportFormat.JSON, true), StandardCharsets.UTF_8);

        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(
                getClass().getResourceAsStream("/report/factdesk-report.schema.json"),
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        assertThat(schema.validate(json, InputFormat.JSON)).isEmpty();
        var round = JsonMapper.builder().build().readTree(json).path("agreement").get(0);
        assertThat(round.path("n").asInt()).isEqualTo(4);
        assertThat(round.path("figures").path("percentAgreement").asDouble()).isCloseTo(0.75, within(1e-9));
        assertThat(round.path("figures").path("cohensKappa").asDouble()).isCloseTo(0.5, within(1e-9));
        assertThat(round.path("pairs").get(0).path("confusion").size()).isEqualTo(
                round.path("pairs").get(0).path("labels").size());
    }
}
