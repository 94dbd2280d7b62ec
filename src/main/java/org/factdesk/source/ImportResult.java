package org.factdesk.source;

/** What became of one file in an import. */
public record ImportResult(String fileName, Outcome outcome, DocumentId documentId, int version, String title,
                           String message) {

    public enum Outcome {
        IMPORTED, NEW_VERSION, DUPLICATE, REJECTED
    }

    public boolean stored() {
        return outcome == Outcome.IMPORTED || outcome == Outcome.NEW_VERSION;
    }

    static ImportResult rejected(String fileName, String message) {
        return new ImportResult(fileName, Outcome.REJECTED, null, 0, null, message);
    }
}
