package org.factdesk.claim;

/** One reason a statement was (or was not) picked, as an editor reads it: "figure: 21 soldiers". */
public record Signal(String kind, String label, int weight) {
}
