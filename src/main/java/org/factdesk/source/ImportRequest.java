package org.factdesk.source;

/**
 * One file, pasted text or download to import.
 *
 * @param fileName the name as uploaded, used for format detection and as a last-resort title
 * @param contentType the declared media type, or null
 * @param bytes the content
 * @param url where it came from, if anywhere; a document with the same URL gets a new version
 * @param newVersionOf the document this is a new version of, when the editor said so; else null
 * @param title the editor's title for a new document, or null to take it from the content
 */
public record ImportRequest(String fileName, String contentType, byte[] bytes, String url, DocumentId newVersionOf,
                            String title) {

    public static ImportRequest file(String fileName, String contentType, byte[] bytes) {
        return new ImportRequest(fileName, contentType, bytes, null, null, null);
    }

    public static ImportRequest newVersion(DocumentId of, String fileName, String contentType, byte[] bytes) {
        return new ImportRequest(fileName, contentType, bytes, null, of, null);
    }
}
