package org.factdesk.source;

import java.time.Instant;
import java.util.List;

/** One immutable version of a document's text, with its parts and the links found in it. */
public record DocumentText(DocumentId documentId, int number, String text, String sha256, SourceFormat format,
                           List<Block> blocks, List<SourceLink> links, String originalName, String sourceUrl,
                           String importedBy, Instant createdAt) {
}
