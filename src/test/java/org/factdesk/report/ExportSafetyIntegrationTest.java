package org.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.factdesk.Fixtures;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.base.InvalidInputException;
import org.factdesk.claim.ClaimQuery;
import org.factdesk.review.ReviewData;
import org.factdesk.review.ReviewService;
import org.factdesk.source.DocumentData;
import org.factdesk.source.DocumentService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A report is opened by people who trust it: nothing a source or an editor typed runs in their browser or sheet. */
@FactdeskIntegrationTest
class ExportSafetyIntegrationTest {

    @Autowired ReportService reports;
    @Autowired ReviewService reviews;
    @Autowired DocumentService documents;
    @Autowired ReportFixtures reportFixtures;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    static int counter;
    ReportFixtures.Reviewed reviewed;

    @BeforeEach
    void reviewedProject() {
        int n = ++counter;
        reviewed = reportFixtures.reviewedProject("Safety " + n, "safe-owner" + n);
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    String export(ExportFormat format) {
        var out = new ByteArrayOutputStream();
        reports.export(new ExportRequest(reviewed.project(), format, ClaimQuery.all(), ExportOptions.everything()), out,
                ExportProgress.NONE);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void a_document_address_is_a_web_address_or_refused_and_an_old_script_address_is_never_a_link() {
        var document = documents.get(reviewed.statement());
        var d = document.data();
        assertThatThrownBy(() -> documents.updateMetadata(document.id(), document.version(), new DocumentData(d.title(),
                d.outlet(), d.author(), d.publishedOn(), "javascript:alert(1)", d.sourceType()), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("http");
        // stored before the rule, or by a hand in the database
        jdbc.sql("update document set url = 'javascript:alert(1)' where id = :id").param("id", document.id().value())
                .update();

        assertThat(export(ExportFormat.HTML)).doesNotContain("href=\"javascript:");
        assertThat(export(ExportFormat.MARKDOWN)).doesNotContain("<javascript:");
        assertThat(export(ExportFormat.W3C)).doesNotContain("\"source\":\"javascript:");
    }

    @Test
    void csv_cells_that_a_spreadsheet_would_run_as_formulas_start_with_an_apostrophe() throws Exception {
        var review = reviews.get(reviewed.verdictOnly().id());
        var data = review.data();
        reviews.save(review.claim().id(), review.version(), new ReviewData(data.verdictId(), "@SUM(A1:A9)",
                "=HYPERLINK(\"https://evil.example\",\"click\")", data.claimDate(), List.of("+1", "-2"),
                data.assignee(), data.dueDate(), "-2+3 people"));

        var rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(export(ExportFormat.CSV))).getRecords();
        var row = rows.stream().filter(r -> r.get("claim_id").equals(String.valueOf(review.claim().id().value())))
                .findFirst().orElseThrow();
        assertThat(row.get("claimant")).startsWith("'=HYPERLINK");
        assertThat(row.get("rationale")).isEqualTo("'@SUM(A1:A9)");
        assertThat(row.get("tags")).isEqualTo("'+1, -2");
        assertThat(row.get("claim_reviewed")).isEqualTo("'-2+3 people");
        assertThat(row.get("score")).doesNotStartWith("'");
    }

    @Test
    void raw_html_in_a_rationale_is_text_in_the_markdown_export() {
        var review = reviews.get(reviewed.verdictOnly().id());
        var data = review.data();
        reviews.save(review.claim().id(), review.version(), new ReviewData(data.verdictId(),
                "See <img src=x onerror=alert(1)> and <script>steal()</script> **here**.", data.claimant(),
                data.claimDate(), data.tags(), data.assignee(), data.dueDate(), data.claimReviewed()));

        String markdown = export(ExportFormat.MARKDOWN);
        assertThat(markdown).doesNotContain("<img src=x").doesNotContain("<script>steal").contains("&lt;img src=x")
                .contains("&lt;script>steal()&lt;/script> **here**");
    }
}
