package org.factdesk.link;

/** How two claims about one story relate. */
public enum LinkRelation {
    /** The same fact, told compatibly. */
    CORROBORATES("Corroborates", "agree"),
    /** The same fact with an incompatible figure, date, time, place, name, cause or outcome. */
    CONFLICTS("Conflicts", "conflict"),
    /** The same event, different facts. */
    RELATED("Related", "related"),
    /** The same statement, e.g. copied wire text. */
    DUPLICATE("Duplicate", "duplicate");

    private final String label;
    private final String plural;

    LinkRelation(String label, String plural) {
        this.label = label;
        this.plural = plural;
    }

    public String label() {
        return label;
    }

    /** As in "3 sources agree". */
    public String verb() {
        return plural;
    }

    /** Speaks of the same fact: what a timeline groups into one event. */
    public boolean sameFact() {
        return this != RELATED;
    }
}
