package org.factdesk.job;

/** What became of one item of a job. */
public enum ItemState {
    PENDING("Waiting"), DONE("Done"), DUPLICATE("Duplicate"), REJECTED("Rejected"), FAILED("Failed"), CANCELLED("Not done: cancelled");

    private final String label;

    ItemState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
