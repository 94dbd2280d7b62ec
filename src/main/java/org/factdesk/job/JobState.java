package org.factdesk.job;

public enum JobState {
    QUEUED("Queued"), RUNNING("Running"), DONE("Done"), FAILED("Failed"), CANCELLED("Cancelled");

    private final String label;

    JobState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean finished() {
        return this == DONE || this == FAILED || this == CANCELLED;
    }
}
