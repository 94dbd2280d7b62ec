package org.factdesk.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.source.ImportResult.Outcome;
import org.factdesk.team.ProjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@FactdeskIntegrationTest
class SourceImportIntegrationTest {

    @Autowired SourceImporter importer;
    @Autowired DocumentService documents;
    @Autowired Fixtures fixtures;

    ProjectId project;
    static int counter;

    @org.junit.jupiter.api.Test
    void empty_pasted_text_and_an_empty_address_are_refused_in_their_own_words_and_a_bare_host_gets_https() {
        var pasted = importer.importPasted(project, "Statement", "  \n ");
        assertThat(pasted.outcome()).isEqualTo(ImportResult.Outcome.REJECTED);
        assertThat(pasted.message()).isEqualTo("Paste some text first: the box is empty.");
        var url = importer.importUrl(project, " ");
        assertThat(url.outcome()).isEqualTo(ImportResult.Outcome.REJECTED);
        assertThat(url.message()).startsWith("Enter a web address").doesNotContain("\"\"");
        assertThat(SourceImporter.webAddress("example.org/news")).isEqualTo("https://example.org/news");
        assertThat(SourceImporter.webAddress("news.example.org")).isEqualTo("https://news.example.org");
        assertThat(SourceImporter.webAddress("ftp://example.org/a")).isEqualTo("ftp://example.org/a");
    }

    @BeforeEach
    void project() {
        String login = "importer" + (++counter);
        project = fixtures.project("Imports " + counter, fixtures.user(login));
        fixtures.signIn(login);
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    Document imported(ImportResult result) {
        assertThat(result.stored()).as(result.fileName() + ": " + result.message()).isTrue();
        return documents.get(result.documentId());
    }

    ImportResult importFile(String name, byte[] bytes) {
        return importer.importOne(project, ImportRequest.file(name, null, bytes));
    }

    @Test
    void the_five_seed_documents_import_with_their_metadata_and_structure() throws Exception {
        List<ImportRequest> requests = new ArrayList<>();
        try (var files = Files.list(SampleFiles.seeds())) {
            for (var file : files.sorted().toList()) {
                requests.add(ImportRequest.file(file.getFileName().toString(), "text/plain", Files.readAllBytes(file)));
            }
        }
        assertThat(requests).hasSize(5);

        var results = importer.importAll(project, requests);
        Map<String, Document> byFile = results.stream().collect(Collectors.toMap(ImportResult::fileName, this::imported));

        var khanYunis = byFile.get("000_4b038a990dd93cfa.txt");
        assertThat(khanYunis.data().title()).isEqualTo("Siege of Khan Yunis");
        assertThat(khanYunis.data().sourceType()).isEqualTo(SourceType.ENCYCLOPEDIA);
        var news = byFile.get("001_eb14e14685a58dbd.txt");
        assertThat(news.data().title()).isEqualTo("Israel Launches Major Ground Offensive on Khan Younis as Ceasefire Talks Stall");
        // two date lines at its top: the one just above the body is the story's, and both are kept for the editor
        assertThat(news.data().publishedOn()).isEqualTo(LocalDate.of(2024, 1, 24));
        assertThat(news.statedDates()).containsExactly(LocalDate.of(2024, 7, 25), LocalDate.of(2024, 1, 24));
        assertThat(news.dateOrigin()).isEqualTo(DateOrigin.DATE_LINE);
        assertThat(news.otherStatedDates()).containsExactly(LocalDate.of(2024, 7, 25));
        var withByline = byFile.get("002_f6ff097811d0b4ab.txt");
        assertThat(withByline.data().title()).isEqualTo("Unable to break Khan Younis, Israeli forces flee under fire");
        assertThat(withByline.data().author()).isEqualTo("Ali Karbalaei");
        assertThat(withByline.data().publishedOn()).isEqualTo(LocalDate.of(2024, 4, 8));
        assertThat(withByline.otherStatedDates()).isEmpty();
        var qarara = byFile.get("003_00ab975c99f8ace6.txt");
        assertThat(qarara.data().title()).isEqualTo("Siege of Al-Qarara");
        var credited = byFile.get("004_0a181ee2eaf9e584.txt");
        assertThat(credited.data().outlet()).isEqualTo("The Cradle");
        assertThat(credited.data().publishedOn()).isEqualTo(LocalDate.of(2023, 12, 6));
        assertThat(credited.data().sourceType()).isEqualTo(SourceType.NEWS);

        assertThat(fields(khanYunis)).containsEntry("Conflict", "Siege of Khan Yunis")
                .containsEntry("Place", "Khan Yunis, Gaza Strip")
                .containsEntry("Casualties2", "Per Israel:, 3,000+ fighters killed")
                .containsKeys("Date", "Result", "Units1", "Units2", "Casualties1", "Casualties3");
        assertThat(fields(qarara)).containsEntry("Conflict", "Siege of Al-Qarara")
                .containsEntry("Result", "Palestinian victory")
                .containsEntry("Commander1", "Unknown")
                .hasSize(13);

        var byline = documents.currentText(withByline.id());
        assertThat(byline.blocks()).extracting(Block::kind)
                .contains(BlockKind.BYLINE, BlockKind.TITLE, BlockKind.DATE, BlockKind.DATELINE, BlockKind.BOILERPLATE);

        for (var request : requests) {
            var document = byFile.get(request.fileName());
            String original = new String(request.bytes(), StandardCharsets.UTF_8);
            assertThat(documents.currentText(document.id()).text()).as(request.fileName())
                    .isEqualTo(DocumentService.normalise(original));
        }
    }

    Map<String, String> fields(Document document) {
        return documents.currentText(document.id()).blocks().stream()
                .filter(b -> b.kind() == BlockKind.INFOBOX_FIELD)
                .collect(Collectors.toMap(Block::key, Block::value, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Test
    void every_format_yields_text_and_metadata() throws Exception {
        var pdf = imported(importFile("inspection.pdf", SampleFiles.pdf("The footbridge passed inspection in May 2024.",
                "Corrosion was noted at two bearings.")));
        assertThat(pdf.data().title()).isEqualTo("Bridge inspection summary");
        assertThat(documents.currentText(pdf.id()).text()).contains("passed inspection in May 2024")
                .contains("Corrosion was noted");
        assertThat(documents.currentText(pdf.id()).format()).isEqualTo(SourceFormat.PDF);

        var docx = imported(importFile("memo.docx", SampleFiles.docx("Council memo", "Findings",
                "Engineers recommended closing the bridge in October 2023.")));
        assertThat(docx.data().title()).isEqualTo("Council memo");
        assertThat(docx.data().author()).isEqualTo("Desk Reporter");
        var docxText = documents.currentText(docx.id());
        assertThat(docxText.text()).contains("Engineers recommended closing the bridge");
        assertThat(docxText.blocks()).anySatisfy(b -> {
            assertThat(b.kind()).isEqualTo(BlockKind.HEADING);
            assertThat(b.text(docxText.text())).isEqualTo("Findings");
        });

        var markdown = imported(importFile("notes.md", """
                # Desk notes

                The [city statement](https://example.org/statement) gives **eleven** injured.

                ## Open questions

                - Who inspected the bridge in 2023?
                """.getBytes(StandardCharsets.UTF_8)));
        assertThat(markdown.data().title()).isEqualTo("Desk notes");
        var mdText = documents.currentText(markdown.id());
        assertThat(mdText.links()).containsExactly(new SourceLink("https://example.org/statement", "city statement"));
        assertThat(mdText.blocks()).extracting(Block::kind).contains(BlockKind.TITLE, BlockKind.HEADING, BlockKind.LIST_ITEM);
    }

    @Test
    void web_pages_keep_the_article_and_drop_scripts_handlers_and_javascript_links() {
        String html = """
                <!doctype html><html lang="en"><head><title>Page title</title>
                <meta property="og:title" content="Bridge report">
                <meta property="og:site_name" content="Harbour Times">
                <meta name="author" content="Sam Lee">
                <meta property="article:published_time" content="2026-03-04T08:00:00Z">
                <script>alert('head')</script></head>
                <body onload="alert('body')"><nav><a href="/home">Home</a> Menu items</nav>
                <article><h1>Bridge report</h1>
                <p>The bridge fell at 6:40 p.m., the <a href="https://city.example/report">city report</a> says.</p>
                <h2>Injuries</h2>
                <p onclick="steal()">Eleven people were treated <img src=x onerror="alert(1)"> in hospital.</p>
                <p><a href="javascript:alert('x')">Click me</a></p>
                <script>document.write('<p>injected</p>')</script>
                </article><footer>Copyright footer text</footer></body></html>
                """;
        var document = imported(importFile("report.html", html.getBytes(StandardCharsets.UTF_8)));

        var text = documents.currentText(document.id());
        assertThat(document.data().title()).isEqualTo("Bridge report");
        assertThat(document.data().outlet()).isEqualTo("Harbour Times");
        assertThat(document.data().author()).isEqualTo("Sam Lee");
        assertThat(document.data().publishedOn()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(document.language()).isEqualTo("en");
        assertThat(text.text()).contains("The bridge fell at 6:40 p.m., the city report says.")
                .contains("Eleven people were treated in hospital.")
                .doesNotContain("alert", "<", "onclick", "injected", "Menu items", "Copyright footer", "javascript");
        assertThat(text.links()).extracting(SourceLink::url).containsExactly("https://city.example/report");
        assertThat(text.blocks()).anySatisfy(b -> {
            assertThat(b.kind()).isEqualTo(BlockKind.HEADING);
            assertThat(b.text(text.text())).isEqualTo("Injuries");
        });
    }

    @Test
    void a_metadata_date_keeps_precedence_but_a_date_line_that_contradicts_it_is_a_second_date() {
        String html = """
                <!doctype html><html lang="en"><head><title>Pier report</title>
                <meta property="article:published_time" content="2026-03-04T08:00:00Z">
                </head><body><article>
                <p>March 1, 2026</p>
                <h1>Pier report</h1>
                <p>The pier cracked on Sunday, the harbour authority said, and every crossing was halted.</p>
                </article></body></html>
                """;
        var document = imported(importFile("pier.html", html.getBytes(StandardCharsets.UTF_8)));

        assertThat(document.data().publishedOn()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(document.dateOrigin()).isEqualTo(DateOrigin.METADATA);
        assertThat(document.statedDates()).containsExactly(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 1));
        assertThat(document.otherStatedDates()).containsExactly(LocalDate.of(2026, 3, 1));
    }

    @Test
    void a_text_with_one_date_or_none_states_no_second_date_and_a_new_version_states_its_own() {
        var dated = imported(importer.importPasted(project, "Pier", "June 3, 2025\n\nThe pier reopened on Monday.\n"));
        assertThat(dated.statedDates()).containsExactly(LocalDate.of(2025, 6, 3));
        assertThat(dated.otherStatedDates()).isEmpty();
        var undated = imported(importer.importPasted(project, "Quay", "The quay reopened on Monday.\n"));
        assertThat(undated.statedDates()).isEmpty();
        assertThat(undated.dateOrigin()).isNull();

        importer.importOne(project, ImportRequest.newVersion(dated.id(), "pier-v2.txt", "text/plain",
                "June 9, 2025\n\nJune 3, 2025\n\nThe pier reopened on Monday.\n".getBytes(StandardCharsets.UTF_8)));
        var again = documents.get(dated.id());
        assertThat(again.statedDates()).containsExactly(LocalDate.of(2025, 6, 9), LocalDate.of(2025, 6, 3));
        assertThat(again.data().publishedOn()).as("the document's date stays the editor's matter")
                .isEqualTo(LocalDate.of(2025, 6, 3));
    }

    @Test
    void legacy_encodings_are_recognised() {
        String words = "Caf\u00e9 owners said the \u201cbridge\u201d had shaken for weeks \u2013 na\u00efve hopes.";
        var utf16 = imported(importFile("utf16.txt", withBom(words, Charset.forName("UTF-16LE"), 0xFF, 0xFE)));
        var utf16NoBom = imported(importFile("utf16be.txt", ("Second " + words).getBytes(StandardCharsets.UTF_16BE)));
        var cp1252 = imported(importFile("legacy.txt", ("Third " + words).getBytes(Charset.forName("windows-1252"))));
        var utf8Bom = imported(importFile("bom.txt", withBom("Fourth " + words, StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF)));

        assertThat(documents.currentText(utf16.id()).text()).isEqualTo(words);
        assertThat(documents.currentText(utf16NoBom.id()).text()).isEqualTo("Second " + words);
        assertThat(documents.currentText(cp1252.id()).text()).isEqualTo("Third " + words);
        assertThat(documents.currentText(utf8Bom.id()).text()).isEqualTo("Fourth " + words);
    }

    static byte[] withBom(String text, Charset charset, int... bom) {
        byte[] body = text.getBytes(charset);
        byte[] all = new byte[bom.length + body.length];
        for (int i = 0; i < bom.length; i++) {
            all[i] = (byte) bom[i];
        }
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    @Test
    void every_bad_file_gets_its_own_reason_and_the_good_one_in_the_batch_still_imports() throws Exception {
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        byte[] brokenUtf8 = "Ca\u00f1\u00f3n report: ".getBytes(StandardCharsets.UTF_8);
        byte[] invalid = new byte[brokenUtf8.length + 3];
        System.arraycopy(brokenUtf8, 0, invalid, 0, brokenUtf8.length);
        invalid[brokenUtf8.length] = (byte) 0xC3;
        invalid[brokenUtf8.length + 1] = (byte) 0x28;
        invalid[brokenUtf8.length + 2] = 'x';
        byte[] huge = new byte[60 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');

        var results = importer.importAll(project, List.of(
                ImportRequest.file("empty.txt", "text/plain", new byte[0]),
                ImportRequest.file("garbage.txt", "text/plain", garbage),
                ImportRequest.file("broken.txt", "text/plain", invalid),
                ImportRequest.file("huge.txt", "text/plain", huge),
                ImportRequest.file("scan.pdf", "application/pdf", SampleFiles.pdf()),
                ImportRequest.file("bomb.docx", null, SampleFiles.docxZipBomb()),
                ImportRequest.file("good.txt", "text/plain", "A good file among bad ones.".getBytes(StandardCharsets.UTF_8))));
        Map<String, ImportResult> byName = results.stream()
                .collect(Collectors.toMap(ImportResult::fileName, Function.identity()));

        assertThat(byName.get("empty.txt").message()).contains("empty");
        assertThat(byName.get("garbage.txt").message()).contains("binary data");
        assertThat(byName.get("broken.txt").message()).contains("not valid UTF-8");
        assertThat(byName.get("huge.txt").message()).contains("60.0 MB").contains("limit is 20.0 MB");
        assertThat(byName.get("scan.pdf").message()).contains("no text layer").contains("scan");
        assertThat(byName.get("bomb.docx").message()).contains("zip bomb");
        assertThat(results).filteredOn(r -> !r.fileName().equals("good.txt"))
                .allSatisfy(r -> assertThat(r.outcome()).isEqualTo(Outcome.REJECTED));
        assertThat(byName.get("good.txt").outcome()).isEqualTo(Outcome.IMPORTED);
        assertThat(documents.list(project)).extracting(d -> d.data().title()).containsExactly("A good file among bad ones.");
    }

    @Test
    void identical_text_is_stored_once_and_changed_text_becomes_a_new_version() {
        byte[] first = "Version one of the statement.\n".getBytes(StandardCharsets.UTF_8);
        var original = imported(importFile("statement.txt", first));

        var again = importFile("statement-copy.txt", "Version one of the statement.\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(again.outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(again.documentId()).isEqualTo(original.id());
        assertThat(again.message()).contains("Same text as");

        var second = importer.importOne(project, ImportRequest.newVersion(original.id(), "statement-v2.txt",
                "text/plain", "Version two of the statement.\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(second.outcome()).isEqualTo(Outcome.NEW_VERSION);
        assertThat(second.version()).isEqualTo(2);

        var document = documents.get(original.id());
        assertThat(document.currentVersion()).isEqualTo(2);
        assertThat(documents.versions(original.id())).extracting(DocumentVersionInfo::number).containsExactly(2, 1);
        assertThat(documents.text(original.id(), 1).text()).isEqualTo("Version one of the statement.\n");
        assertThat(documents.compare(original.id(), 1, 2)).extracting(TextChange::kind, TextChange::text)
                .contains(tuple(TextChange.Kind.REMOVED, "Version one of the statement."),
                        tuple(TextChange.Kind.ADDED, "Version two of the statement."));
        assertThat(documents.list(project)).hasSize(1);
    }

    @Test
    void full_text_search_and_filters_find_documents() {
        imported(importer.importPasted(project, "Ferry strike", "Dock workers walked out on Monday.\n\n(Harbour Times)\n"));
        imported(importer.importPasted(project, "Bridge collapse", "The footbridge collapsed into the canal.\n"));

        assertThat(documents.find(project, new DocumentQuery("collapsed canal", null, null, null, null),
                DocumentSort.TITLE, 0, 10)).extracting(d -> d.data().title()).containsExactly("Bridge collapse");
        assertThat(documents.find(project, new DocumentQuery("ferry", null, null, null, null),
                DocumentSort.TITLE, 0, 10)).extracting(d -> d.data().title()).containsExactly("Ferry strike");
        assertThat(documents.count(project, new DocumentQuery(null, "harbour times", null, null, null))).isEqualTo(1);
        assertThat(documents.outlets(project)).containsExactly("Harbour Times");
    }

    @Test
    void an_editor_can_correct_metadata_and_a_stale_edit_is_a_conflict() {
        var document = imported(importer.importPasted(project, "Draft title", "Some text to describe.\n"));
        var corrected = new DocumentData("Final title", "Courier", "A. Writer", LocalDate.of(2026, 3, 4),
                "https://courier.example/a", SourceType.NEWS);

        var saved = documents.updateMetadata(document.id(), document.version(), corrected, "en");

        assertThat(saved.data()).isEqualTo(corrected);
        assertThat(saved.dateOrigin()).isEqualTo(DateOrigin.EDITOR);
        assertThat(documents.find(project, new DocumentQuery("final", null, null, null, null), DocumentSort.TITLE, 0, 5))
                .hasSize(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> documents.updateMetadata(document.id(),
                document.version(), corrected, "en")).isInstanceOf(org.factdesk.base.ConflictException.class);
    }
}
