package org.factdesk.claim;

import org.factdesk.source.DocumentId;

/** Filters for a project's claims; any may be null. */
public record ClaimQuery(DocumentId document, String outlet, ClaimStatus status, Integer minScore, Integer maxScore,
                         String text, Boolean hasFigure, String claimant) {

    public static ClaimQuery all() {
        return new ClaimQuery(null, null, null, null, null, null, null, null);
    }
}
