package org.factdesk.claim;

import org.factdesk.source.DocumentId;

/**
 * A claim as the project's claim list shows it, with its document's title and outlet, and from its review the
 * verdict (label and colour), the assignee's name and the tags.
 */
public record ClaimRow(ClaimId id, DocumentId documentId, String documentTitle, String outlet, String quote, int score,
                       java.util.List<Signal> signals, ClaimStatus status, String claimant, boolean hasFigure,
                       AnchorState anchor, String verdict, String verdictColor, String assignee,
                       java.util.List<String> tags) {

    /** The row for a reader who may not see its verdict yet (a blind agreement round). */
    public ClaimRow withoutVerdict() {
        return new ClaimRow(id, documentId, documentTitle, outlet, quote, score, signals, status, claimant, hasFigure,
                anchor, null, null, assignee, tags);
    }
}
