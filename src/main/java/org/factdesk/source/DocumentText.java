package org.factdesk.source;

import java.time.Instant;

/** One immutable version of a document's text. */
public record DocumentText(DocumentId documentId, int number, String text, String sha256, Instant createdAt) {
}
