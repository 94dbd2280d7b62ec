package org.factdesk.source;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.factdesk.base.Blanks;

/** The text layer of a PDF, through PDFBox. A scan without one is refused with what to do about it. */
final class PdfExtractor {

    private PdfExtractor() {
    }

    static Extraction extract(byte[] bytes) {
        try (var pdf = Loader.loadPDF(bytes)) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setAddMoreFormatting(true);
            stripper.setLineSeparator("\n");
            stripper.setParagraphStart("");
            stripper.setParagraphEnd("\n");
            stripper.setPageEnd("\n");
            String raw = stripper.getText(pdf);
            String text = joinWrappedLines(raw);
            if (text.isBlank()) {
                throw new SourceRejectedException("This PDF has no text layer: is it a scan? Run OCR on it first, "
                        + "then import the result.");
            }
            var info = pdf.getDocumentInformation();
            LocalDate created = info.getCreationDate() == null ? null
                    : info.getCreationDate().toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
            return new Extraction(text, SourceFormat.PDF, Blanks.toNull(info.getTitle()), Blanks.toNull(info.getAuthor()),
                    null, created, null, java.util.List.of(), java.util.List.of());
        } catch (InvalidPasswordException e) {
            throw new SourceRejectedException("This PDF is password-protected. Remove the password and import it again.");
        } catch (IOException e) {
            throw new SourceRejectedException("This is not a readable PDF (" + e.getMessage() + ").", e);
        }
    }

    /**
     * PDF text comes as printed lines. Lines of one paragraph are joined with a space (a hyphen at a
     * line end is kept, since it may belong to the word); a blank line separates paragraphs.
     */
    static String joinWrappedLines(String raw) {
        var out = new StringBuilder();
        for (String paragraph : raw.replace("\r", "").split("\n\\s*\n")) {
            String joined = paragraph.strip().replaceAll("[ \\t]*\n[ \\t]*", " ").replaceAll(" {2,}", " ");
            if (!joined.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append("\n\n");
                }
                out.append(joined);
            }
        }
        if (!out.isEmpty()) {
            out.append('\n');
        }
        return out.toString();
    }
}
