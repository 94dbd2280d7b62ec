package org.factdesk.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Files of every format, made on the spot with the same libraries, so tests ship no binaries. */
final class SampleFiles {

    /** The seeds: test data beside the project, never copied into it (a test without them skips). */
    static Path seeds() {
        return org.factdesk.SharedTestData.require("seeds");
    }

    private SampleFiles() {
    }

    static byte[] pdf(String... lines) throws IOException {
        try (var pdf = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            pdf.addPage(page);
            if (lines.length > 0) {
                try (var content = new PDPageContentStream(pdf, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    for (String line : lines) {
                        content.showText(line);
                        content.newLineAtOffset(0, -16);
                    }
                    content.endText();
                }
            }
            pdf.getDocumentInformation().setTitle("Bridge inspection summary");
            pdf.save(out);
            return out.toByteArray();
        }
    }

    static byte[] docx(String title, String heading, String paragraph) throws IOException {
        try (var docx = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            var t = docx.createParagraph();
            t.createRun().setText(title);
            var h = docx.createParagraph();
            h.setStyle("Heading1");
            h.createRun().setText(heading);
            docx.createParagraph().createRun().setText(paragraph);
            docx.getProperties().getCoreProperties().setTitle(title);
            docx.getProperties().getCoreProperties().setCreator("Desk Reporter");
            docx.write(out);
            return out.toByteArray();
        }
    }

    /** A DOCX-shaped zip whose document part inflates from a few kilobytes to 50 MB. */
    static byte[] docxZipBomb() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("""
                    <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"""
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write("""
                    <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] chunk = new byte[1024 * 1024];
            java.util.Arrays.fill(chunk, (byte) ' ');
            for (int i = 0; i < 50; i++) {
                zip.write(chunk);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    static byte[] seed(String name) throws IOException {
        return Files.readAllBytes(seeds().resolve(name));
    }
}
