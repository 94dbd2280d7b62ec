package org.factdesk.link;

/** How two claims about one story relate. */
public enum LinkRelation {
    /** The same fact, told compatibly. */
    CORROBORATES("Corroborates"),
    /** The same fact with an incompatible figure, date, time, place, name, cause or outcome. */
    CONFLICTS("Conflicts"),
    /** The same event, different facts. */
    RELATED("Related"),
    /** The same statement, e.g. copied wire text. */
    DUPLICATE("Duplicate");

    private final String label;

    LinkRelation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
