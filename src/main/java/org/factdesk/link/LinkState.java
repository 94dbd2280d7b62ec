package org.factdesk.link;

/** Who has said what of a link: Factdesk suggested it, or an editor confirmed or rejected it. */
public enum LinkState {
    SUGGESTED("Suggested"), CONFIRMED("Confirmed"), REJECTED("Rejected");

    private final String label;

    LinkState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
