package org.factdesk.claim;

import org.factdesk.team.ProjectId;

/** Published inside the transaction that changed a claim's workflow status. */
public record ClaimStatusChanged(ClaimId claimId, ProjectId projectId, ClaimStatus from, ClaimStatus to) {
}
