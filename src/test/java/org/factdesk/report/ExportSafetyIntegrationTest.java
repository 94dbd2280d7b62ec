package org.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.factdesk.Fixtures;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.base.InvalidInputException;
import org.factdesk.claim.ClaimQuery;
import org.factdesk.review.DiscussionService;
import org.factdesk.review.EvidenceData;
import org.factdesk.review.EvidenceKind;
import org.factdesk.review.EvidenceRelation;
import org.factdesk.review.ReviewData;
import org.factdesk.review.ReviewService;
import org.factdesk.source.DocumentData;
import org.factdesk.source.DocumentService;
import org.jsoup.Jsoup;
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
    @Autowired DiscussionService discussion;

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

    /** Markup as someone might type it into any field: each field gets its own, to tell where one came out. */
    static String payload(String field) {
        return "<script>alert(1)</script><img src=x onerror=alert(1)>" + field;
    }

    static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Test
    void every_text_in_the_html_report_comes_out_as_text_never_as_markup() throws Exception {
        var project = reviewed.project().value();
        var published = reviewed.published().id();
        var statement = reviewed.statement().value();
        discussion.addEvidence(published, new EvidenceData(EvidenceKind.URL, "https://archive.example/list",
                "Archive", null, null, null, null, EvidenceRelation.CONTEXT, null));
        discussion.addEvidence(published, new EvidenceData(EvidenceKind.DOCUMENT, null, null, null, null,
                reviewed.statement(), null, EvidenceRelation.SUPPORTS, null));
        discussion.addEvidence(published, new EvidenceData(EvidenceKind.CLAIM, null, null, null, null, null,
                reviewed.verdictOnly().id(), EvidenceRelation.CONTEXT, null));
        var first = jdbc.sql("select min(id) from comment where claim_id = :claim").param("claim", published.value())
                .query(Long.class).single();
        discussion.comment(published, first, "A reply.");
        // what a report prints, as stored: whatever the forms check, the report must not rely on it
        var fields = new java.util.LinkedHashMap<String, String>();
        for (String field : List.of("project", "description", "title", "outlet", "author", "url", "quote", "claimant",
                "verdict", "rationale", "tag", "evidence title", "evidence url", "evidence note", "other claim",
                "comment", "reviewer")) {
            fields.put(field, payload(field));
        }
        update("update project set name = :name, description = :description where id = :id", Map.of("id", project,
                "name", fields.get("project"), "description", fields.get("description")));
        update("update document set title = :title, outlet = :outlet, author = :author, url = :url where id = :id",
                Map.of("id", statement, "title", fields.get("title"), "outlet", fields.get("outlet"), "author",
                        fields.get("author"), "url", fields.get("url")));
        update("update claim set quote = :quote where id = :id", Map.of("id", published.value(), "quote",
                fields.get("quote")));
        update("update claim set quote = :quote where id = :id", Map.of("id", reviewed.verdictOnly().id().value(),
                "quote", fields.get("other claim")));
        update("""
                update claim_review set claimant = :claimant, rationale = :rationale, tags = array[:tag],
                                        assignee_id = verdict_by
                where claim_id = :id
                """, Map.of("id", published.value(), "claimant", fields.get("claimant"), "rationale",
                fields.get("rationale"), "tag", fields.get("tag")));
        update("update rating_level set label = :label where project_id = :id and label = 'Mostly false'",
                Map.of("id", project, "label", fields.get("verdict")));
        update("update evidence set title = :title, note = :note where claim_id = :id and url = :url",
                Map.of("id", published.value(), "url", "https://records.example/dead", "title",
                        fields.get("evidence title"), "note", fields.get("evidence note")));
        update("update evidence set url = :payload, note = :note where claim_id = :id and url = :url",
                Map.of("id", published.value(), "url", "https://archive.example/list", "payload",
                        fields.get("evidence url"), "note", fields.get("evidence note")));
        update("update comment set body = :body where id = :id", Map.of("id", first, "body", fields.get("comment")));
        update("update app_user set display_name = :name where login = :login",
                Map.of("login", "safe-owner" + counter, "name", fields.get("reviewer")));
        // a character XML does not allow, which would stop the PDF renderer's parser
        update("update project set description = description || :bell where id = :id",
                Map.of("id", project, "bell", "\u0007"));

        String html = html(ClaimQuery.all());
        var page = Jsoup.parse(html);
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("\u0007");
        assertThat(page.select("script, img, [onerror]")).isEmpty();
        for (var field : fields.entrySet()) {
            // escaped once in the file, so that a reader sees what was typed
            assertThat(html).as(field.getKey()).contains(escaped(field.getValue()));
            assertThat(page.text()).as(field.getKey()).contains(field.getValue());
        }
        var claim = page.select("#claim-" + published);
        assertThat(claim.select(".badge").text()).isEqualTo(fields.get("verdict"));
        assertThat(claim.select(".meta").text()).contains("Claimant: " + fields.get("claimant"),
                "Verdict by " + fields.get("reviewer"), "Published by " + fields.get("reviewer"),
                "Assigned to " + fields.get("reviewer"), "Tags: " + fields.get("tag"));
        assertThat(claim.select(".evidence li").eachText()).contains(
                "refutes " + fields.get("evidence title") + " — " + fields.get("evidence note"),
                "context Archive (" + fields.get("evidence url") + ") — " + fields.get("evidence note"),
                "supports source: " + fields.get("title"),
                "context claim: “" + fields.get("other claim") + "”");
        assertThat(claim.select(".comments").text()).contains(fields.get("reviewer"), fields.get("comment"));
        assertThat(claim.select(".history").text()).contains("by " + fields.get("reviewer"));
        assertThat(page.select(".summary svg").text()).contains(fields.get("verdict"), fields.get("outlet"),
                fields.get("reviewer"));

        // the scope line names the filter, with what was typed into it
        var filtered = Jsoup.parse(html(new ClaimQuery(null, fields.get("outlet"), null, null, null, null, null, null)));
        assertThat(filtered.select("script, img")).isEmpty();
        assertThat(filtered.select(".cover dd").first().text()).contains("outlet " + fields.get("outlet"));
    }

    /** The HTML report with everything in it, checked to be well-formed XML, as the PDF renderer needs. */
    String html(ClaimQuery filter) throws Exception {
        var out = new ByteArrayOutputStream();
        reports.export(new ExportRequest(reviewed.project(), ExportFormat.HTML, filter, ExportOptions.everything()), out,
                ExportProgress.NONE);
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(out.toByteArray()));
        return out.toString(StandardCharsets.UTF_8);
    }

    void update(String sql, Map<String, Object> parameters) {
        assertThat(jdbc.sql(sql).params(parameters).update()).as(sql).isPositive();
    }
}
