package org.factdesk.link;

/** What two claims of the same fact disagree on. */
public enum DifferenceKind {
    FIGURE("figure"), DATE("date"), TIME("time"), PLACE("place"), NAME("name"), CAUSE("cause"), OUTCOME("outcome");

    private final String label;

    DifferenceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
