package org.factdesk.claim;

import java.util.List;
import org.factdesk.source.DocumentId;
import org.factdesk.team.ProjectId;

/**
 * Published inside the transaction that added claims or changed their wording: the listed claims, and every claim
 * of the listed documents (extraction adds many at once). Modules that work from a claim's words (cross-source
 * links) take note in the same transaction, so nothing committed is missed.
 */
public record ClaimsChanged(ProjectId projectId, List<DocumentId> documents, List<ClaimId> claims) {

    public ClaimsChanged {
        documents = List.copyOf(documents);
        claims = List.copyOf(claims);
    }

    public static ClaimsChanged ofDocuments(ProjectId projectId, List<DocumentId> documents) {
        return new ClaimsChanged(projectId, documents, List.of());
    }

    public static ClaimsChanged ofClaim(ProjectId projectId, ClaimId claim) {
        return new ClaimsChanged(projectId, List.of(), List.of(claim));
    }
}
