package org.factdesk.claim;

/** Where a claim is in the desk's workflow. Separate from its verdict. */
public enum ClaimStatus {
    SUGGESTED("Suggested"), TO_CHECK("To check"), IN_PROGRESS("In progress"), NEEDS_REVIEW("Needs review"),
    PUBLISHED("Published"), DISMISSED("Dismissed");

    private final String label;

    ClaimStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
