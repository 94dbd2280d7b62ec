package org.factdesk.report;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The HTML report as a PDF, through openhtmltopdf. DejaVu Sans is embedded (as a subset of what the report
 * uses): it covers Latin, Arabic script and typographic quotes, so names print as written on every machine.
 * ICU splits and reorders right-to-left runs and shapes Arabic letters.
 */
final class PdfRenderer {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    static final String FALLBACK = "Factdesk Fallback";

    static {
        com.openhtmltopdf.util.XRLog.setLoggerImpl(new PdfLog());
    }

    private PdfRenderer() {
    }

    static void render(Path html, Path pdf) throws IOException {
        try (var out = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(pdf), 64 * 1024)) {
            render(html, out);
        }
    }

    static int pages(Path pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }

    /** A copy of the PDF with "Page n of total" at the foot of each page, counting from {@code first}. */
    static Path numberPages(Path pdf, int first, int total) throws IOException {
        Path numbered = pdf.resolveSibling("numbered-" + pdf.getFileName());
        try (var document = Loader.loadPDF(pdf.toFile()); var fontFile = font("DejaVuSans.ttf")) {
            var font = PDType0Font.load(document, fontFile);
            int n = first;
            for (PDPage page : document.getPages()) {
                String text = "Page " + n++ + " of " + total;
                float size = 8.5f;
                float width = font.getStringWidth(text) / 1000 * size;
                try (var content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true,
                        true)) {
                    content.beginText();
                    content.setFont(font, size);
                    content.setNonStrokingColor(0.4f, 0.4f, 0.4f);
                    content.newLineAtOffset((page.getMediaBox().getWidth() - width) / 2, 30);
                    content.showText(text);
                    content.endText();
                }
            }
            document.save(numbered.toFile());
        }
        return numbered;
    }

    /** The parts one after the other, bookmarks included; large streams wait in temporary files, not in memory. */
    static void merge(List<Path> parts, OutputStream out) throws IOException {
        var merger = new PDFMergerUtility();
        for (Path part : parts) {
            merger.addSource(part.toFile());
        }
        merger.setDestinationStream(out);
        merger.mergeDocuments(IOUtils.createTempFileOnlyStreamCache());
    }

    private static InputStream font(String file) throws IOException {
        InputStream font = PdfRenderer.class.getResourceAsStream(FONTS + file);
        if (font == null) {
            throw new IOException("The report font " + file + " is missing from the build.");
        }
        return font;
    }

    static void render(Path html, OutputStream out) throws IOException {
        var builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withFile(html.toFile());
        font(builder, "DejaVuSans.ttf", 400, BaseRendererBuilder.FontStyle.NORMAL);
        font(builder, "DejaVuSans-Bold.ttf", 700, BaseRendererBuilder.FontStyle.NORMAL);
        font(builder, "DejaVuSans-Oblique.ttf", 400, BaseRendererBuilder.FontStyle.ITALIC);
        font(builder, "DejaVuSans-BoldOblique.ttf", 700, BaseRendererBuilder.FontStyle.ITALIC);
        // DejaVu's slanted faces lack Arabic: the upright face stands in for any glyph they miss
        for (var style : BaseRendererBuilder.FontStyle.values()) {
            fallback(builder, "DejaVuSans.ttf", 400, style);
            fallback(builder, "DejaVuSans-Bold.ttf", 700, style);
        }
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.toStream(out);
        builder.run();
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, BaseRendererBuilder.FontStyle style) {
        register(builder, file, "DejaVu Sans", weight, style);
    }

    private static void fallback(PdfRendererBuilder builder, String file, int weight, BaseRendererBuilder.FontStyle style) {
        register(builder, file, FALLBACK, weight, style);
    }

    private static void register(PdfRendererBuilder builder, String file, String family, int weight,
                                 BaseRendererBuilder.FontStyle style) {
        builder.useFont(() -> {
            try {
                return font(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, family, weight, style, true);
    }
}
