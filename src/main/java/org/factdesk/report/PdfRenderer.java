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
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;

/**
 * The HTML report as a PDF, through openhtmltopdf. DejaVu Sans is embedded (as a subset of what the report
 * uses): it covers Latin, Arabic script and typographic quotes, so names print as written on every machine.
 * ICU splits and reorders right-to-left runs and shapes Arabic letters.
 */
final class PdfRenderer {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    /**
     * How a link names a place in another part of the report ({@code factdesk-part:doc-7}): the layout engine sees
     * one part at a time and would drop a fragment it cannot find, so such a link becomes a go-to by name, and
     * each part names its first page; the merge keeps both.
     */
    static final String PART = "factdesk-part:";
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

    /**
     * A copy of the PDF with "Page n of total" at the foot of each page, counting from {@code first}, its links
     * to other parts made go-tos by name, and its first page named {@code name} (when not null) for those links.
     */
    static Path numberPages(Path pdf, int first, int total, String name) throws IOException {
        Path numbered = pdf.resolveSibling("numbered-" + pdf.getFileName());
        try (var document = Loader.loadPDF(pdf.toFile()); var fontFile = font("DejaVuSans.ttf")) {
            linkParts(document);
            if (name != null) {
                nameFirstPage(document, name);
            }
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

    private static void linkParts(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            for (var annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri
                        && uri.getURI() != null && uri.getURI().startsWith(PART)) {
                    var goTo = new PDActionGoTo();
                    goTo.setDestination(new PDNamedDestination(uri.getURI().substring(PART.length())));
                    link.setAction(goTo);
                }
            }
        }
    }

    /** In the catalogue's dictionary of names, which merging adds up, so that a name holds across parts. */
    private static void nameFirstPage(PDDocument document, String name) {
        var top = new PDPageXYZDestination();
        PDPage page = document.getPage(0);
        top.setPage(page);
        top.setTop((int) page.getMediaBox().getUpperRightY());
        var catalog = document.getDocumentCatalog().getCOSObject();
        COSDictionary names = catalog.getCOSDictionary(COSName.DESTS);
        if (names == null) {
            names = new COSDictionary();
            catalog.setItem(COSName.DESTS, names);
        }
        names.setItem(COSName.getPDFName(name), top);
    }

    /** The parts one after the other, bookmarks and names included; large streams wait in temporary files, not in memory. */
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
