package org.factdesk.source;

import java.util.Locale;

/** Decides what a file is from its bytes first and its name second, then hands it to the right parser. */
final class TextExtractor {

    private TextExtractor() {
    }

    static Extraction extract(String fileName, String contentType, byte[] bytes, String baseUrl) {
        return extract(fileName, contentType, bytes, baseUrl, SourceSettings.defaults().maxTextSize().toBytes());
    }

    static Extraction extract(String fileName, String contentType, byte[] bytes, String baseUrl, long maxTextSize) {
        if (bytes.length == 0) {
            throw new SourceRejectedException("The file is empty.");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (startsWith(bytes, "%PDF-")) {
            return PdfExtractor.extract(bytes);
        }
        if (name.endsWith(".pdf") || type.contains("application/pdf")) {
            throw new SourceRejectedException("The file is called a PDF but is not one. Check that it downloaded completely.");
        }
        boolean zip = bytes.length > 4 && ZipArchives.startsAZip(bytes);
        if (zip && (name.endsWith(".docx") || type.contains("wordprocessingml") || !name.contains("."))) {
            return DocxExtractor.extract(bytes, maxTextSize);
        }
        if (zip) {
            throw new SourceRejectedException("This is a ZIP archive, not a document. Unpack it and import the files in it.");
        }
        if (name.endsWith(".docx")) {
            throw new SourceRejectedException("The file is called .docx but is not a Word document. Save it again from Word.");
        }
        if (name.endsWith(".doc") || startsWith(bytes, "\u00d0\u00cf\u0011\u00e0")) {
            throw new SourceRejectedException("Old Word (.doc) files are not supported. Save it as .docx and import that.");
        }
        String knownBinary = binaryKind(bytes);
        if (knownBinary != null) {
            throw new SourceRejectedException("This is " + knownBinary + ", not a document.");
        }
        String text = TextDecoder.decode(bytes);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml") || type.contains("html")
                || looksLikeHtml(text)) {
            return HtmlExtractor.extract(text, baseUrl);
        }
        if (name.endsWith(".md") || name.endsWith(".markdown") || type.contains("markdown")) {
            return MarkdownExtractor.extract(text);
        }
        return Extraction.plain(text, SourceFormat.TEXT);
    }

    private static boolean looksLikeHtml(String text) {
        String head = text.stripLeading();
        head = head.substring(0, Math.min(head.length(), 200)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    private static String binaryKind(byte[] bytes) {
        if (startsWith(bytes, "\u0089PNG")) {
            return "a PNG image";
        }
        if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return "a JPEG image";
        }
        if (startsWith(bytes, "GIF8")) {
            return "a GIF image";
        }
        if (bytes.length > 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B) {
            return "a gzip archive";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        if (bytes.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if ((bytes[i] & 0xFF) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
