package org.factdesk.claim;

import java.time.Instant;
import org.factdesk.team.ProjectId;
import org.factdesk.team.UserId;

/**
 * Published inside the transaction that changed a claim's workflow status. It carries what its durable listeners need
 * (decision 0024): they run after the commit on a thread of their own, with nobody signed in, and must not read the
 * claim back through the access-checked services.
 *
 * @param by    who changed it; null for work the system did on nobody's behalf
 * @param quote the claim's wording at the change
 * @param at    when it changed; also makes two otherwise equal changes two publications
 */
public record ClaimStatusChanged(ClaimId claimId, ProjectId projectId, ClaimStatus from, ClaimStatus to, UserId by,
                                 String quote, Instant at) {
}
