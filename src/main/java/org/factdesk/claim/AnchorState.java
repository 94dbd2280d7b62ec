package org.factdesk.claim;

/** How well a claim's span still fits its document after a new version arrived. */
public enum AnchorState {
    EXACT("In place"), MOVED("Moved"), FUZZY("Fuzzy — please check"), ORPHANED("Orphaned");

    private final String label;

    AnchorState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
