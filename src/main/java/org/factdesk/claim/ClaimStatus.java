package org.factdesk.claim;

/** Where a claim is in the desk's workflow. Separate from its verdict. */
public enum ClaimStatus {
    SUGGESTED("Suggested", "#e0c341"), TO_CHECK("To check", "#1f78b4"), IN_PROGRESS("In progress", "#5e9fd0"),
    NEEDS_REVIEW("Needs review", "#f4a261"), PUBLISHED("Published", "#2e7d32"), DISMISSED("Dismissed", "#9e9e9e");

    private final String label;

    /** The status's colour in charts. */
    public final String color;

    ClaimStatus(String label, String color) {
        this.label = label;
        this.color = color;
    }

    public String label() {
        return label;
    }
}
