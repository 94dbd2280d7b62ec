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
            InputStream font = PdfRenderer.class.getResourceAsStream(FONTS + file);
            if (font == null) {
                throw new UncheckedIOException(new IOException("The report font " + file + " is missing from the build."));
            }
            return font;
        }, family, weight, style, true);
    }
}
