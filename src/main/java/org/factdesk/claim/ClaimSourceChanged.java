package org.factdesk.claim;

import org.factdesk.team.ProjectId;

/** Published inside the transaction that stored a new document version which changed a reviewed claim's wording. */
public record ClaimSourceChanged(ClaimId claimId, ProjectId projectId, String summary) {
}
