package org.factdesk.link;

/**
 * One thing two claims of the same fact disagree on, in each claim's own words: "figure: 11 injured ↔ at least 14
 * injured". {@code thisSide} is the claim the link is read from.
 */
public record Difference(DifferenceKind kind, String thisSide, String otherSide) {

    public Difference swapped() {
        return new Difference(kind, otherSide, thisSide);
    }

    @Override
    public String toString() {
        return kind.label() + ": " + thisSide + " ↔ " + otherSide;
    }
}
