package org.factdesk.source;

/** One run of a comparison between two versions: unchanged, removed from the older, or added in the newer. */
public record TextChange(Kind kind, String text) {

    public enum Kind {
        SAME, REMOVED, ADDED
    }
}
