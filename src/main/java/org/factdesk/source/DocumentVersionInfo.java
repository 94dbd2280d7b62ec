package org.factdesk.source;

import java.time.Instant;

/** A version in a document's history, without its text. */
public record DocumentVersionInfo(int number, SourceFormat format, String originalName, String sourceUrl,
                                  String importedBy, Instant createdAt, int length) {
}
