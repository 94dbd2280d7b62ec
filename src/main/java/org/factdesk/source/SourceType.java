package org.factdesk.source;

public enum SourceType {
    ENCYCLOPEDIA("Encyclopedia"), NEWS("News"), STATEMENT("Statement"), SOCIAL("Social"), OTHER("Other");

    private final String label;

    SourceType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
