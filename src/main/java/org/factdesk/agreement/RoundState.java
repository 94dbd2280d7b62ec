package org.factdesk.agreement;

/** Open: reviewers give verdicts. Closed: the verdicts, and so the figures, stay as they are. */
public enum RoundState {
    OPEN("Open"), CLOSED("Closed");

    private final String label;

    RoundState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
