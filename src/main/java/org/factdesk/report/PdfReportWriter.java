package org.factdesk.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The PDF report, made one source at a time so that memory stays bounded: a layout engine holds the whole
 * document it paginates, so each source becomes a PDF of its own as it streams past, on disk. At the end the
 * front part (cover, contents with page numbers, summary) is laid out, every page is numbered, and the
 * parts are merged into the output, with their bookmarks.
 */
final class PdfReportWriter implements ReportWriter, AutoCloseable {

    private record Part(long documentId, Path pdf, int pages) {
    }

    private final OutputStream out;
    private final Path dir;
    private final List<Part> parts = new ArrayList<>();
    private ReportRows.Header header;
    private int claimsBefore;

    PdfReportWriter(OutputStream out) throws IOException {
        this.out = out;
        this.dir = Files.createTempDirectory("factdesk-pdf-");
    }

    @Override
    public void begin(ReportRows.Header h) {
        this.header = h;
    }

    @Override
    public void document(ReportRows.Document d, List<ReportRows.Claim> claims) throws IOException {
        Path html = dir.resolve("part-" + parts.size() + ".html");
        try (var file = new BufferedOutputStream(Files.newOutputStream(html), 64 * 1024)) {
            var part = HtmlReportWriter.pdfPart(file, header, claimsBefore);
            part.head(d.title(), Map.of(d.title(), anchor(d.id())));
            part.document(d, claims);
            part.finish();
        }
        Path pdf = dir.resolve("part-" + parts.size() + ".pdf");
        PdfRenderer.render(html, pdf);
        Files.delete(html);
        parts.add(new Part(d.id(), pdf, PdfRenderer.pages(pdf)));
        claimsBefore += claims.size();
    }

    /** A source's section: its id in the HTML, and in a PDF the name its part's first page goes by. */
    static String anchor(long documentId) {
        return "doc-" + documentId;
    }

    @Override
    public void end() throws IOException {
        // the contents name page numbers, which depend on how long the front part itself is: lay it out until it holds still
        Path front = dir.resolve("front.pdf");
        int frontPages = 3;
        for (int attempt = 0; attempt < 4; attempt++) {
            renderFront(front, frontPages);
            int actual = PdfRenderer.pages(front);
            if (actual == frontPages) {
                break;
            }
            frontPages = actual;
        }
        int total = frontPages + parts.stream().mapToInt(Part::pages).sum();
        var numbered = new ArrayList<Path>();
        numbered.add(PdfRenderer.numberPages(front, 1, total, null));
        int next = frontPages + 1;
        for (var part : parts) {
            numbered.add(PdfRenderer.numberPages(part.pdf(), next, total, anchor(part.documentId())));
            next += part.pages();
        }
        PdfRenderer.merge(numbered, out);
    }

    private void renderFront(Path pdf, int frontPages) throws IOException {
        var pages = new LinkedHashMap<Long, Integer>();
        int next = frontPages + 1;
        for (var part : parts) {
            pages.put(part.documentId(), next);
            next += part.pages();
        }
        Path html = dir.resolve("front.html");
        try (var file = new BufferedOutputStream(Files.newOutputStream(html), 64 * 1024)) {
            var front = new HtmlReportWriter(file, true);
            front.head(header.project() + " · fact-check report", Map.of("Summary", "summary"));
            front.front(header, pages);
            front.finish();
        }
        PdfRenderer.render(html, pdf);
        Files.delete(html);
    }

    /** Removes the parts on disk, whether the export finished, failed or was cancelled. */
    @Override
    public void close() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(dir);
    }
}
