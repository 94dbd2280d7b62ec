package org.factdesk.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that expand far beyond what they weigh are refused before they take the memory: checked in a JVM of its own
 * with a heap of 256 MB, where reading them whole would end in an OutOfMemoryError.
 */
class MemoryBoundsTest {

    @TempDir Path dir;

    /** Runs in the small JVM: imports each file's text and prints what became of it. */
    public static void main(String[] args) throws IOException {
        for (String file : args) {
            byte[] bytes = Files.readAllBytes(Path.of(file));
            try {
                var extraction = TextExtractor.extract(Path.of(file).getFileName().toString(), null, bytes, null);
                System.out.println(Path.of(file).getFileName() + ": read, " + extraction.text().length() + " characters");
            } catch (SourceRejectedException e) {
                System.out.println(Path.of(file).getFileName() + ": refused: " + e.getMessage());
            }
        }
    }

    @Test
    void a_docx_of_nine_huge_parts_and_one_of_too_much_text_are_refused_within_a_small_heap() throws Exception {
        Path bomb = dir.resolve("parts.docx");
        Files.write(bomb, docx(9, 90L * 1024 * 1024, false));
        Path wordy = dir.resolve("wordy.docx");
        Files.write(wordy, docx(1, 25L * 1024 * 1024, true));
        Path fine = dir.resolve("fine.docx");
        Files.write(fine, docx(1, 2_000, true));
        assertThat(Files.size(bomb)).as("inflates less than 100 times").isGreaterThan(9L * 90 * 1024 * 1024 / 100);

        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                MemoryBoundsTest.class.getName(), bomb.toString(), wordy.toString(), fine.toString()))
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(out).doesNotContain("OutOfMemoryError");
        assertThat(process.exitValue()).as(out).isZero();
        assertThat(out).contains("parts.docx: refused: This DOCX expands to more than 100 MB");
        assertThat(out).contains("wordy.docx: refused:");
        assertThat(out).contains("fine.docx: read");
    }

    /** A Word file of {@code parts} parts of {@code size} bytes each, compressing to almost nothing. */
    private static byte[] docx(int parts, long size, boolean asText) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd."
                    + "openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/"
                    + "xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats"
                    + ".org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats"
                    + ".org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats"
                    + ".org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
            if (asText) {
                fill(zip, size, "The harbour is quiet. ");
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            for (int i = asText ? 1 : 0; i < parts; i++) {
                zip.putNextEntry(new ZipEntry("word/media/part" + i + ".bin"));
                sparse(zip, size);
            }
        }
        return bytes.toByteArray();
    }

    /** Mostly zeros with a random byte now and then: inflates about 50 times, under POI's own limit of 100. */
    private static void sparse(ZipOutputStream zip, long size) throws IOException {
        var random = new java.util.Random(7);
        byte[] chunk = new byte[64 * 1024];
        for (long written = 0; written < size; written += chunk.length) {
            for (int i = 0; i < chunk.length; i++) {
                chunk[i] = random.nextInt(60) == 0 ? (byte) random.nextInt(256) : 0;
            }
            zip.write(chunk, 0, (int) Math.min(chunk.length, size - written));
        }
    }

    private static void fill(ZipOutputStream zip, long size, String unit) throws IOException {
        byte[] chunk = unit.repeat(64 * 1024 / unit.length()).getBytes(StandardCharsets.UTF_8);
        for (long written = 0; written < size; written += chunk.length) {
            zip.write(chunk, 0, (int) Math.min(chunk.length, size - written));
        }
    }
}
