package org.factdesk.review;

public enum EvidenceRelation {
    SUPPORTS("Supports"), REFUTES("Refutes"), CONTEXT("Context");

    private final String label;

    EvidenceRelation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
