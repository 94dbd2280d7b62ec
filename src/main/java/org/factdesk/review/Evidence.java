package org.factdesk.review;

/** {@code label} is what a reader sees: the page title, the document's title or the other claim's quote. */
public record Evidence(long id, int version, EvidenceData data, String label) {
}
