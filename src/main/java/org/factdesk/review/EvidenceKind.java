package org.factdesk.review;

public enum EvidenceKind {
    URL, DOCUMENT, CLAIM
}
