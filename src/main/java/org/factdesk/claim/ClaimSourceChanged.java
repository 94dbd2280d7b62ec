package org.factdesk.claim;

import java.time.Instant;
import org.factdesk.team.ProjectId;
import org.factdesk.team.UserId;

/**
 * Published inside the transaction that stored a new document version which changed a reviewed claim's wording. Like
 * {@link ClaimStatusChanged} it carries what its durable listeners need (decision 0024).
 *
 * @param summary what changed, such as "14 → 20"
 * @param by      who stored the new version; null for work the system did on nobody's behalf
 * @param quote   the claim's wording in the new version (its old one if it was not found there any more)
 * @param at      when the new version was stored
 */
public record ClaimSourceChanged(ClaimId claimId, ProjectId projectId, String summary, UserId by, String quote,
                                 Instant at) {
}
