package org.factdesk.source;

import java.util.List;
import java.util.Locale;

/**
 * What a ZIP looks like, in one place: a local file header at the start. Office and e-book files are ZIPs too, but
 * documents, never archives of sources to unpack.
 */
public final class ZipArchives {

    private static final List<String> ZIPPED_DOCUMENTS = List.of(".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp",
            ".epub");

    private ZipArchives() {
    }

    /** The first bytes of a ZIP that holds files ("PK\3\4"). */
    public static boolean startsAZip(byte[] head, int length) {
        return length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    public static boolean startsAZip(byte[] head) {
        return startsAZip(head, head.length);
    }

    /** A file of that name is a document in a ZIP's clothes (Word, Excel, OpenDocument, EPUB). */
    public static boolean zippedDocument(String name) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        return ZIPPED_DOCUMENTS.stream().anyMatch(lower::endsWith);
    }

    /** An archive of sources to unpack: a ZIP that is no zipped document. */
    public static boolean isArchive(String name, byte[] head) {
        return startsAZip(head) && !zippedDocument(name);
    }
}
