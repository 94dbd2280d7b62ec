package org.factdesk.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Paragraphs, headings and tables of a Word document, through Apache POI, with its zip-bomb guards on. */
final class DocxExtractor {

    /**
     * What all parts of one DOCX may expand to. POI holds every part in memory while it reads, and its own guards are
     * per part: nine parts of 90 MB each once passed them and took the server's memory.
     */
    static final long MAX_EXPANDED_BYTES = 100L * 1024 * 1024;

    static {
        // POI refuses entries that inflate more than 100x; cap single entries too
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_EXPANDED_BYTES);
    }

    private DocxExtractor() {
    }

    static Extraction extract(byte[] bytes) {
        return extract(bytes, SourceSettings.defaults().maxTextSize().toBytes());
    }

    static Extraction extract(byte[] bytes, long maxTextSize) {
        requireBoundedExpansion(bytes);
        if (ZipSecureFile.getMaxTextSize() != maxTextSize) {
            // POI warns each time it is set above its default: once per setting is enough
            ZipSecureFile.setMaxTextSize(maxTextSize);
        }
        try (var docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            var text = new StringBuilder();
            var headings = new ArrayList<int[]>();
            String title = null;
            for (IBodyElement element : docx.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    String line = paragraph.getText().strip();
                    if (line.isEmpty()) {
                        continue;
                    }
                    String style = paragraph.getStyle() == null ? "" : paragraph.getStyle().toLowerCase();
                    int start = append(text, line);
                    if (style.equals("title") && title == null) {
                        title = line;
                    } else if (style.startsWith("heading")) {
                        headings.add(new int[] {start, text.length()});
                    }
                } else if (element instanceof XWPFTable table) {
                    table.getRows().forEach(row -> {
                        var cells = row.getTableCells().stream().map(c -> c.getText().strip()).toList();
                        if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                            append(text, String.join(" | ", cells));
                        }
                    });
                }
            }
            if (text.isEmpty()) {
                throw new SourceRejectedException("This Word document contains no text.");
            }
            text.append('\n');
            var core = docx.getProperties().getCoreProperties();
            var created = core.getCreated() == null ? null
                    : core.getCreated().toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
            return new Extraction(text.toString(), SourceFormat.DOCX, SourceTexts.firstNonBlank(title, core.getTitle()),
                    SourceTexts.firstNonBlank(core.getCreator()), null, created, null, List.of(), headings);
        } catch (SourceRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            if (message.toLowerCase().contains("zip bomb") || message.contains("exceeds the max")) {
                throw new SourceRejectedException("This DOCX expands to far more data than it holds (a zip bomb?). "
                        + "It was not imported.", e);
            }
            throw new SourceRejectedException("This is not a readable Word (DOCX) document. Open it in Word or "
                    + "LibreOffice and save it again.", e);
        }
    }

    /** Inflates the parts once, counting and keeping nothing, before POI reads any of them into memory. */
    private static void requireBoundedExpansion(byte[] bytes) {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (var zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(bytes))) {
            while (zip.getNextEntry() != null) {
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > MAX_EXPANDED_BYTES) {
                        throw new SourceRejectedException("This DOCX expands to more than "
                                + MAX_EXPANDED_BYTES / (1024 * 1024) + " MB (a zip bomb?). It was not imported.");
                    }
                }
            }
        } catch (IOException e) {
            throw new SourceRejectedException("This is not a readable Word (DOCX) document. Open it in Word or "
                    + "LibreOffice and save it again.", e);
        }
    }

    private static int append(StringBuilder text, String line) {
        if (!text.isEmpty()) {
            text.append("\n\n");
        }
        int start = text.length();
        text.append(line);
        return start;
    }
}
