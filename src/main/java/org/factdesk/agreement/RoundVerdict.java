package org.factdesk.agreement;

import java.time.Instant;
import org.factdesk.claim.ClaimId;
import org.factdesk.team.UserId;

/**
 * One reviewer's blind verdict on one claim of a round: the level, with its label and value as they were when it was
 * given, an optional short rationale, and its version for optimistic locking.
 */
public record RoundVerdict(RoundId roundId, ClaimId claimId, UserId reviewer, String reviewerName, long levelId,
                           String label, int value, String rationale, Instant givenAt, Instant updatedAt, int version) {

    /** A round verdict's rationale is short: the claim's own rationale is where the long argument goes. */
    public static final int RATIONALE_MAX = 2000;
}
