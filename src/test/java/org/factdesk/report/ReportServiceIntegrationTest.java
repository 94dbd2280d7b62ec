package org.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.base.InvalidInputException;
import org.factdesk.claim.ClaimQuery;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.review.ReviewData;
import org.factdesk.review.ReviewService;
import org.factdesk.review.ReviewSettings;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@FactdeskIntegrationTest
class ReportServiceIntegrationTest {

    @Autowired ReportService reports;
    @Autowired ReviewService reviews;
    @Autowired ReportFixtures reportFixtures;
    @Autowired Fixtures fixtures;

    static final JsonMapper JSON = JsonMapper.builder().build();
    static int counter;
    ReportFixtures.Reviewed reviewed;

    @BeforeEach
    void reviewedProject() {
        int n = ++counter;
        reviewed = reportFixtures.reviewedProject("Khan Yunis " + n, "rp-owner" + n);
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    byte[] export(ExportFormat format, ClaimQuery filter, ExportOptions options) {
        var out = new ByteArrayOutputStream();
        reports.export(new ExportRequest(reviewed.project(), format, filter, options), out, ExportProgress.NONE);
        return out.toByteArray();
    }

    String text(ExportFormat format) {
        return new String(export(format, ClaimQuery.all(), ExportOptions.everything()), StandardCharsets.UTF_8);
    }

    @Test
    void csv_has_a_row_per_claim_that_a_csv_parser_reads_back() throws Exception {
        var records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text(ExportFormat.CSV))).getRecords();
        assertThat(records).hasSize(reviewed.claims());
        var published = records.stream().filter(r -> r.get("claim_id").equals(String.valueOf(reviewed.published().id())))
                .findFirst().orElseThrow();
        assertThat(published.get("quote")).isEqualTo(reviewed.published().data().quote());
        assertThat(published.get("verdict")).isEqualTo("Mostly false");
        assertThat(published.get("status")).isEqualTo("PUBLISHED");
        assertThat(published.get("evidence")).contains("refutes: https://records.example/dead");
        assertThat(records.getFirst().toMap().keySet()).containsExactlyInAnyOrderElementsOf(CsvReportWriter.COLUMNS);

        byte[] withBom = export(ExportFormat.CSV, ClaimQuery.all(), new ExportOptions(true, true, false, false, false, false, true, false, false));
        assertThat(withBom).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(text(ExportFormat.CSV).charAt(0)).isEqualTo('c');
    }

    @Test
    void json_follows_its_documented_schema_and_carries_everything() throws Exception {
        String json = text(ExportFormat.JSON);
        var factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        var config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        var schema = factory.getSchema(getClass().getResourceAsStream("/report/factdesk-report.schema.json"), config);
        assertThat(schema.validate(json, InputFormat.JSON)).isEmpty();

        JsonNode root = JSON.readTree(json);
        assertThat(root.path("summary").path("claims").asInt()).isEqualTo(reviewed.claims());
        var claims = new ArrayList<JsonNode>();
        root.path("documents").forEach(d -> d.path("claims").forEach(claims::add));
        assertThat(claims).hasSize(reviewed.claims());
        var published = claims.stream().filter(c -> c.path("id").asLong() == reviewed.published().id().value())
                .findFirst().orElseThrow();
        assertThat(published.path("annotation").path("verdict").path("label").asString()).isEqualTo("Mostly false");
        assertThat(published.path("evidence").get(0).path("url").asString()).isEqualTo("https://records.example/dead");
        assertThat(published.path("comments").get(0).path("body").asString()).startsWith("Second source");
        assertThat(published.path("history").size()).isGreaterThan(4);
        assertThat(published.path("facts").path("quantities").size()).isPositive();
    }

    @Test
    void html_is_standalone_escapes_every_source_text_and_marks_the_claims() {
        String html = text(ExportFormat.HTML);
        var page = Jsoup.parse(html);
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("link[rel=stylesheet]")).isEmpty();
        assertThat(page.select("style")).hasSize(1);
        assertThat(html).contains("&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;");
        assertThat(page.text()).contains("<script>alert('pwned')</script>");
        assertThat(page.select("mark.claim")).hasSize(reviewed.claims());
        assertThat(page.select("#claim-" + reviewed.published().id() + " .badge").text()).isEqualTo("Mostly false");
        assertThat(page.select(".summary svg")).hasSize(4);
        assertThat(page.select(".toc li")).hasSize(7);
    }

    @Test
    void pdf_text_holds_the_claim_quotes_and_the_arabic_name_with_embedded_fonts() throws Exception {
        byte[] pdf = export(ExportFormat.PDF, ClaimQuery.all(), ExportOptions.defaults());
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            String flat = squash(text);
            assertThat(flat).doesNotContain("#####");
            assertThat(flat).contains(squash(reviewed.published().data().quote()));
            assertThat(flat).contains(squash(reviewed.verdictOnly().data().quote()));
            assertThat(Normalizer.normalize(text, Normalizer.Form.NFKC)).contains("عبيدة");
            assertThat(text).contains("“at least 20 people were killed”").contains("Page 1 of");
            assertThat(document.getNumberOfPages()).isGreaterThan(6);
            // the contents give each source's first page, and the page numbers at the foot agree
            var stripper = new PDFTextStripper();
            var toc = java.util.regex.Pattern.compile("Statement on the shelter.*?page (\\d+)", java.util.regex.Pattern.DOTALL)
                    .matcher(text);
            assertThat(toc.find()).isTrue();
            int statementPage = Integer.parseInt(toc.group(1));
            stripper.setStartPage(statementPage);
            stripper.setEndPage(statementPage);
            assertThat(stripper.getText(document)).contains("The spokesman Abu Obeida")
                    .contains("Page " + statementPage + " of " + document.getNumberOfPages());
            assertThat(document.getDocumentCatalog().getDocumentOutline()).isNotNull();
            var fonts = new ArrayList<String>();
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    var font = page.getResources().getFont(name);
                    fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : " not embedded"));
                }
            }
            assertThat(fonts).isNotEmpty().allMatch(f -> f.contains("DejaVu") && f.endsWith(" embedded"));
        }
    }

    /** A wiki-style page of our own with section markup, a sub-section and web furniture. */
    static final String WIKI = """
            = Tarrow canal lock =

            The Tarrow canal lock was built in 1894 and rebuilt in 1962 after a flood damaged its gates.

            == History ==

            === April 2024 ===

            In April 2024 the city closed the lock for three weeks to replace both upper gates.

            Engineers said the new gates would last at least 40 years.

            Leave a Comment

            == Traffic ==

            About 1,200 boats passed through the lock in 2023, twice as many as in 2013.
            """;

    @Autowired org.factdesk.source.SourceImporter importer;

    @Test
    void a_source_prints_its_headings_as_headings_leaves_out_boilerplate_and_keeps_each_claim_mark_on_its_words() {
        var lock = importer.importOne(reviewed.project(), org.factdesk.source.ImportRequest.file("lock.txt", "text/plain",
                WIKI.getBytes(StandardCharsets.UTF_8))).documentId();
        var lockClaims = claims.forDocument(lock);
        assertThat(lockClaims).hasSizeGreaterThan(2);
        var html = Jsoup.parse(new String(export(ExportFormat.HTML, new ClaimQuery(lock, null, null, null, null, null,
                null, null), ExportOptions.defaults().withUnreviewed(true)), StandardCharsets.UTF_8));
        var text = html.select(".document .text");
        assertThat(text.text()).doesNotContain("=").doesNotContain("Leave a Comment");
        assertThat(html.select(".document h2").text()).isEqualTo("Tarrow canal lock");
        assertThat(text.select("h3")).as("the source's title line is the section's heading already").isEmpty();
        assertThat(text.select("h4").eachText()).containsExactly("History", "Traffic");
        assertThat(text.select("h5").eachText()).containsExactly("April 2024");
        assertThat(text.select("mark.claim")).hasSize(lockClaims.size());
        for (var claim : lockClaims) {
            var mark = text.select("mark.claim:has(a[href=#claim-" + claim.id() + "])").first();
            assertThat(mark).as("claim " + claim.id()).isNotNull();
            var words = mark.clone();
            words.select(".ref").remove();
            assertThat(words.text()).isEqualTo(claim.data().quote().replaceAll("\\s+", " ").strip());
        }
    }

    @Test
    void the_pdf_table_of_contents_entries_link_to_their_sections() throws Exception {
        byte[] pdf = export(ExportFormat.PDF, ClaimQuery.all(), ExportOptions.defaults());
        try (var document = Loader.loadPDF(pdf)) {
            var targets = new java.util.LinkedHashMap<String, Integer>();
            var area = new org.apache.pdfbox.text.PDFTextStripperByArea();
            var contents = document.getPage(contentsPage(document));
            for (var annotation : contents.getAnnotations()) {
                if (annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
                        && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo goTo) {
                    var rect = link.getRectangle();
                    float top = contents.getMediaBox().getHeight() - rect.getUpperRightY();
                    area.addRegion("link", new java.awt.geom.Rectangle2D.Float(rect.getLowerLeftX(), top,
                            rect.getWidth(), rect.getHeight()));
                    area.extractRegions(contents);
                    targets.put(squash(area.getTextForRegion("link")), page(document, goTo.getDestination()));
                }
            }
            assertThat(targets).as("Summary and the six sources").hasSizeGreaterThanOrEqualTo(7);
            for (var target : targets.entrySet()) {
                assertThat(target.getValue()).as(target.getKey()).isNotNegative();
                var stripper = new PDFTextStripper();
                stripper.setStartPage(target.getValue() + 1);
                stripper.setEndPage(target.getValue() + 1);
                String page = squash(stripper.getText(document));
                if (!target.getKey().startsWith("page")) {
                    assertThat(page).as("the page a contents entry leads to").contains(target.getKey());
                }
            }
        }
    }

    @Test
    void no_pdf_page_but_the_last_of_a_part_is_nearly_blank() throws Exception {
        // a long rationale and discussion make the published claim's entry most of a page long
        var longRationale = new StringBuilder();
        for (int i = 1; i <= 13; i++) {
            longRationale.append("Check ").append(i).append(": the hospital register, the ministry's list and the ")
                    .append("morgue's log were read side by side, and the names on them were counted once each.\n\n");
        }
        rewriteRationale(longRationale.toString());
        for (int i = 1; i <= 3; i++) {
            discussion.comment(reviewed.published().id(), null, "Note " + i + ": the second register agrees on this.");
        }
        byte[] pdf = export(ExportFormat.PDF, ClaimQuery.all(), ExportOptions.everything());
        try (var document = Loader.loadPDF(pdf)) {
            var partStarts = new java.util.TreeSet<Integer>(List.of(0));
            var names = document.getDocumentCatalog().getDests();
            for (var name : names.getCOSObject().keySet()) {
                partStarts.add(page(document, new org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination
                        .PDNamedDestination(name.getName())));
            }
            assertThat(partStarts).as("the front and the six sources").hasSize(7);
            var used = usedShareOfEachPage(document);
            var nearlyBlank = new ArrayList<String>();
            for (int i = 0; i < used.size(); i++) {
                boolean lastOfPart = i + 1 == used.size() || partStarts.contains(i + 1);
                if (!lastOfPart && used.get(i) < 0.4) {
                    nearlyBlank.add("page " + (i + 1) + " is " + Math.round(used.get(i) * 100) + "% used");
                }
            }
            assertThat(nearlyBlank).isEmpty();
        }
    }

    @Autowired org.factdesk.review.DiscussionService discussion;

    /**
     * How far down each page's text area its lowest line of text reaches, as a share of that area, leaving out
     * the page number at the foot (A4 with the report's margins of 20 mm at the top and 22 mm at the bottom).
     */
    static List<Double> usedShareOfEachPage(org.apache.pdfbox.pdmodel.PDDocument document) throws java.io.IOException {
        float top = 20 / 25.4f * 72;
        float bottom = 842 - 22 / 25.4f * 72;
        var lowest = new float[document.getNumberOfPages()];
        var stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                for (var position : positions) {
                    float y = position.getYDirAdj();
                    if (y < bottom + 2) {
                        lowest[getCurrentPageNo() - 1] = Math.max(lowest[getCurrentPageNo() - 1], y);
                    }
                }
            }
        };
        stripper.getText(document);
        var shares = new ArrayList<Double>();
        for (float y : lowest) {
            shares.add((double) Math.max(0, y - top) / (bottom - top));
        }
        return shares;
    }

    static int contentsPage(org.apache.pdfbox.pdmodel.PDDocument document) throws java.io.IOException {
        var stripper = new PDFTextStripper();
        for (int i = 1; i <= document.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            if (stripper.getText(document).contains("Contents")) {
                return i - 1;
            }
        }
        throw new AssertionError("no contents page");
    }

    /** The index of the page a link leads to, by page or by name; -1 for none. */
    static int page(org.apache.pdfbox.pdmodel.PDDocument document,
                    org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination destination)
            throws java.io.IOException {
        var onPage = destination
                instanceof org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination named
                ? document.getDocumentCatalog().findNamedDestinationPage(named)
                : (org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination) destination;
        return onPage == null ? -1 : document.getPages().indexOf(onPage.getPage());
    }

    static String squash(String text) {
        return text.replaceAll("\\s+", "");
    }

    @Test
    void markdown_escapes_source_text_and_lists_each_claim() {
        String md = text(ExportFormat.MARKDOWN);
        assertThat(md).startsWith("# Khan Yunis").contains("\\<script\\>").contains("**Mostly false**")
                .contains("[Hospital list](<https://records.example/dead>)");
        assertThat(md.lines().filter(l -> l.strip().startsWith(">")).count()).isEqualTo(reviewed.claims());
    }

    @Test
    void every_format_names_who_published_each_verdict() throws Exception {
        var publisher = fixtures.user("rp-publisher" + counter);
        fixtures.member(reviewed.project(), publisher, org.factdesk.team.ProjectRole.OWNER);
        var owner = fixtures.signIn("rp-owner" + counter);
        fixtures.signIn("rp-publisher" + counter);
        var verdictOnly = reviewed.verdictOnly().id();
        for (var status : List.of(ClaimStatus.TO_CHECK, ClaimStatus.IN_PROGRESS, ClaimStatus.NEEDS_REVIEW,
                ClaimStatus.PUBLISHED)) {
            claims.setStatus(verdictOnly, claims.get(verdictOnly).version(), status);
        }
        fixtures.signIn(owner);
        String ownerName = "Rp-owner" + counter;
        String publisherName = "Rp-publisher" + counter;
        String published = String.valueOf(reviewed.published().id());
        String byPublisher = String.valueOf(verdictOnly);

        var rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text(ExportFormat.CSV))).getRecords();
        assertThat(CsvReportWriter.COLUMNS.getLast()).isEqualTo("published_by");
        assertThat(rows).filteredOn(r -> r.get("claim_id").equals(published)).singleElement()
                .satisfies(r -> assertThat(r.get("published_by")).isEqualTo(ownerName));
        assertThat(rows).filteredOn(r -> r.get("claim_id").equals(byPublisher)).singleElement()
                .satisfies(r -> {
                    assertThat(r.get("published_by")).isEqualTo(publisherName);
                    assertThat(r.get("verdict_by")).isEqualTo(ownerName);
                });
        assertThat(rows).filteredOn(r -> r.get("status").equals("SUGGESTED"))
                .allSatisfy(r -> assertThat(r.get("published_by")).isEmpty());

        var json = new ArrayList<JsonNode>();
        JSON.readTree(text(ExportFormat.JSON)).path("documents").forEach(d -> d.path("claims").forEach(json::add));
        assertThat(json).filteredOn(c -> c.path("id").asString().equals(byPublisher)).singleElement()
                .satisfies(c -> assertThat(c.path("publishedBy").asString()).isEqualTo(publisherName));
        assertThat(json).filteredOn(c -> c.path("status").asString().equals("SUGGESTED"))
                .allSatisfy(c -> assertThat(c.path("publishedBy").isNull()).isTrue());

        var html = Jsoup.parse(text(ExportFormat.HTML));
        assertThat(html.select("#claim-" + byPublisher + " .meta").text()).contains("Published by " + publisherName);
        assertThat(html.select("#claim-" + published + " .meta").text()).contains("Published by " + ownerName);
        assertThat(text(ExportFormat.MARKDOWN)).contains("published by " + publisherName);
    }

    @Test
    void a_filter_narrows_the_report_and_dismissed_claims_stay_out_unless_asked_for() throws Exception {
        var onlyPublished = new ClaimQuery(null, null, ClaimStatus.PUBLISHED, null, null, null, null, null);
        var rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(export(ExportFormat.CSV, onlyPublished, ExportOptions.defaults()),
                        StandardCharsets.UTF_8))).getRecords();
        assertThat(rows).extracting(r -> r.get("claim_id")).containsExactly(String.valueOf(reviewed.published().id()));

        var statement = new ClaimQuery(reviewed.statement(), null, null, null, null, null, null, null);
        JsonNode root = JSON.readTree(export(ExportFormat.JSON, statement, ExportOptions.defaults()));
        assertThat(root.path("documents")).hasSize(1);
        assertThat(root.path("scope").asString()).contains("document");

        var verdictOnly = reviewed.verdictOnly();
        var unreviewed = ExportOptions.defaults().withUnreviewed(true);
        assertThat(reports.count(new ExportRequest(reviewed.project(), ExportFormat.CSV, null, unreviewed)))
                .isEqualTo(reviewed.claims());
        dismiss(verdictOnly);
        assertThat(reports.count(new ExportRequest(reviewed.project(), ExportFormat.CSV, null, unreviewed)))
                .isEqualTo(reviewed.claims() - 1);
        assertThat(reports.count(new ExportRequest(reviewed.project(), ExportFormat.CSV, null,
                new ExportOptions(true, true, false, false, true, true, false, false, false)))).isEqualTo(reviewed.claims());
    }

    @Test
    void claims_without_a_verdict_stay_out_of_a_report_unless_asked_for() {
        var withVerdict = List.of(reviewed.published().id().value(), reviewed.verdictOnly().id().value());
        assertThat(reports.count(new ExportRequest(reviewed.project(), ExportFormat.HTML, null, null))).isEqualTo(2);
        var html = Jsoup.parse(new String(export(ExportFormat.HTML, ClaimQuery.all(), ExportOptions.defaults()),
                StandardCharsets.UTF_8));
        assertThat(html.select("li.claim-item")).extracting(li -> Long.parseLong(li.id().substring("claim-".length())))
                .containsExactlyInAnyOrderElementsOf(withVerdict);
        assertThat(html.select(".toc li")).as("a whole-project report still lists every source").hasSize(7);

        assertThat(reports.count(new ExportRequest(reviewed.project(), ExportFormat.HTML, null,
                ExportOptions.defaults().withUnreviewed(true)))).isEqualTo(reviewed.claims());
        JsonNode all = JSON.readTree(export(ExportFormat.JSON, ClaimQuery.all(), ExportOptions.defaults().withUnreviewed(true)));
        assertThat(all.path("summary").path("claims").asInt()).isEqualTo(reviewed.claims());
        assertThat(all.path("scope").asString()).contains("claims without a verdict included");

        dismiss(reviewed.verdictOnly());
        assertThat(reports.count(new ExportRequest(reviewed.project(), ExportFormat.HTML, null, null)))
                .as("a dismissed claim stays out by its own option").isEqualTo(1);
    }

    @Autowired org.factdesk.claim.ClaimService claims;

    void dismiss(org.factdesk.claim.Claim claim) {
        claims.setStatus(claim.id(), claims.get(claim.id()).version(), ClaimStatus.DISMISSED);
    }

    @Test
    void claim_review_covers_published_claims_with_the_required_and_recommended_fields() {
        JsonNode reviewsJson = JSON.readTree(text(ExportFormat.CLAIMREVIEW));
        assertThat(reviewsJson.isArray()).isTrue();
        assertThat(reviewsJson).hasSize(1);
        JsonNode review = reviewsJson.get(0);
        assertThat(review.path("@context").asString()).isEqualTo("https://schema.org");
        assertThat(review.path("@type").asString()).isEqualTo("ClaimReview");
        assertThat(review.path("claimReviewed").asString()).isEqualTo(reviewed.published().data().quote());
        assertThat(review.path("reviewRating").path("alternateName").asString()).isEqualTo("Mostly false");
        assertThat(review.path("reviewRating").path("ratingValue").asInt()).isEqualTo(2);
        var scale = reviews.scale(reviewed.project());
        assertThat(review.path("reviewRating").path("bestRating").asInt()).isEqualTo(scale.best()).isEqualTo(6);
        assertThat(review.path("reviewRating").path("worstRating").asInt()).isEqualTo(scale.worst());
        assertThat(review.path("url").asString()).startsWith("https://factdesk.example/checks/")
                .endsWith("-" + reviewed.published().id());
        assertThat(review.path("author").path("@type").asString()).isEqualTo("Organization");
        assertThat(review.path("author").path("name").asString()).isEqualTo("Kestrel Fact Desk");
        assertThat(review.path("author").path("url").asString()).isEqualTo("https://factdesk.example");
        assertThat(review.path("datePublished").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        JsonNode item = review.path("itemReviewed");
        assertThat(item.path("@type").asString()).isEqualTo("Claim");
        assertThat(item.path("author").path("name").asString()).isEqualTo("Abu Obeida");
        assertThat(item.path("author").path("@type").asString()).isEqualTo("Person");
        assertThat(item.has("appearance")).isTrue();
        assertThat(item.has("firstAppearance")).isTrue();
    }

    @Test
    void claim_review_writes_the_rationale_as_plain_text_that_cannot_end_a_script_block() {
        rewriteRationale("Hospital records name **14** dead, see [the list](https://records.example/dead).\n\n"
                + "Not </script><b>20</b> & not *more*.");
        String jsonLd = text(ExportFormat.CLAIMREVIEW);
        assertThat(jsonLd).doesNotContain("<").doesNotContain(">").doesNotContain("&")
                .contains("\\u003cscript\\u003e");
        JsonNode review = JSON.readTree(jsonLd).get(0);
        assertThat(review.path("reviewBody").asString()).isEqualTo(
                "Hospital records name 14 dead, see the list (https://records.example/dead).\n\nNot 20 & not more.");
        assertThat(review.path("itemReviewed").path("appearance").path("headline").asString())
                .isEqualTo("Statement on the shelter <script>alert('pwned')</script>");
    }

    @Test
    void the_web_annotation_export_escapes_angle_brackets_so_that_it_pastes_into_a_script_block() {
        rewriteRationale("Not </script> but **14**.");
        String jsonLd = text(ExportFormat.W3C);
        assertThat(jsonLd).doesNotContain("<").doesNotContain(">").contains("\\u003c/script\\u003e");
        var bodies = new ArrayList<String>();
        JSON.readTree(jsonLd).path("first").path("items").forEach(a -> a.path("body").forEach(b ->
                bodies.add(b.path("value").asString())));
        assertThat(bodies).contains("Not </script> but **14**.");
    }

    /** A new rationale for the published claim, published again: a change goes back to review first. */
    void rewriteRationale(String markdown) {
        var review = reviews.get(reviewed.published().id());
        var data = review.data();
        var saved = reviews.save(review.claim().id(), review.version(), new ReviewData(data.verdictId(), markdown,
                data.claimant(), data.claimDate(), data.tags(), data.assignee(), data.dueDate(), data.claimReviewed()));
        claims.setStatus(saved.claim().id(), saved.claim().version(), org.factdesk.claim.ClaimStatus.PUBLISHED);
    }

    @Test
    void claim_review_needs_the_publisher_settings_and_says_where_to_set_them() {
        var current = reviews.settings(reviewed.project());
        reviews.saveSettings(reviewed.project(), new ReviewSettings(false, null, null, null, current.version()));
        assertThatThrownBy(() -> text(ExportFormat.CLAIMREVIEW)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Publishing");
    }

    @Test
    void a_long_export_reports_progress_and_stops_when_cancelled() {
        var seen = new ArrayList<Integer>();
        reports.export(new ExportRequest(reviewed.project(), ExportFormat.JSON, null,
                        ExportOptions.defaults().withUnreviewed(true)), new ByteArrayOutputStream(),
                new ExportProgress() {
                    @Override
                    public void progressed(int done, int total) {
                        seen.add(done);
                        assertThat(total).isEqualTo(reviewed.claims());
                    }
                });
        assertThat(seen).first().isEqualTo(0);
        assertThat(seen).last().isEqualTo(reviewed.claims());
        var calls = new AtomicInteger();
        assertThatThrownBy(() -> reports.export(new ExportRequest(reviewed.project(), ExportFormat.HTML, null, null),
                new ByteArrayOutputStream(), new ExportProgress() {
                    @Override
                    public boolean cancelled() {
                        return calls.incrementAndGet() > 2;
                    }
                })).isInstanceOf(ExportCancelledException.class);
    }

    @Test
    void the_dashboard_draws_the_four_charts_of_the_project() {
        List<String> charts = reports.dashboard(reviewed.project());
        assertThat(charts).hasSize(4).allMatch(svg -> svg.startsWith("<svg"));
        assertThat(charts.get(0)).contains("Mostly false").contains("True").contains("No verdict");
        assertThat(charts.get(1)).contains("<polyline");
        assertThat(charts.get(3)).contains("Review edits");
    }
}
