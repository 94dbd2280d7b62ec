package org.factdesk.source;

/** A link found in a source, kept as data: never rendered as a live link to untrusted markup. */
public record SourceLink(String url, String text) {
}
