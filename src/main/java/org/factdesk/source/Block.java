package org.factdesk.source;

/**
 * One part of a document's text, by character offsets into the stored text ({@code end} exclusive).
 * Infobox fields also carry their key and value.
 */
public record Block(BlockKind kind, int start, int end, String key, String value) {

    public static Block of(BlockKind kind, int start, int end) {
        return new Block(kind, start, end, null, null);
    }

    public String text(String documentText) {
        return documentText.substring(start, end);
    }
}
