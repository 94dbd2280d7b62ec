package org.factdesk.claim;

import java.util.List;
import org.factdesk.source.DocumentId;
import org.factdesk.team.ProjectId;

/**
 * A claim's anchor and findings. {@code prefix} and {@code suffix} are the 32 characters around the
 * quote (W3C TextQuoteSelector style), which re-anchoring uses to tell lookalike sentences apart.
 */
public record ClaimData(ProjectId projectId, DocumentId documentId, int documentVersion, Span span, String quote,
                        String prefix, String suffix, int score, List<Signal> signals, ClaimFacts facts,
                        ClaimStatus status, ClaimOrigin origin, AnchorState anchor) {

    public ClaimData withStatus(ClaimStatus newStatus) {
        return new ClaimData(projectId, documentId, documentVersion, span, quote, prefix, suffix, score, signals, facts,
                newStatus, origin, anchor);
    }

    public ClaimData withAnchor(AnchorState newAnchor) {
        return new ClaimData(projectId, documentId, documentVersion, span, quote, prefix, suffix, score, signals, facts,
                status, origin, newAnchor);
    }

    /** The claim at a span of a version's text, with what scoring found there. */
    ClaimData withText(int version, Span newSpan, String text, int newScore, List<Signal> newSignals,
                       ClaimFacts newFacts, AnchorState newAnchor) {
        return new ClaimData(projectId, documentId, version, newSpan, newSpan.of(text), Anchoring.prefix(text, newSpan),
                Anchoring.suffix(text, newSpan), newScore, newSignals, newFacts, status, origin, newAnchor);
    }
}
