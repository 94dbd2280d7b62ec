package org.factdesk.timeline;

/** What an editor decided of events: two claims' events are one, or a claim is in no event but its own. */
public enum EventDecisionKind {
    MERGE("Merged"), DETACH("Taken out");

    private final String label;

    EventDecisionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
