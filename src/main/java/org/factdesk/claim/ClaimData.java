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
}
