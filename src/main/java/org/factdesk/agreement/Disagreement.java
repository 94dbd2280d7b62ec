package org.factdesk.agreement;

import java.time.Instant;
import java.util.List;
import org.factdesk.claim.ClaimId;

/**
 * A claim of a round on which reviewers differ, their verdicts side by side; once settled, the level it was settled
 * on (now the claim's verdict, through the review's own save), by whom and when.
 */
public record Disagreement(ClaimId claimId, String quote, List<RoundVerdict> verdicts, Long settledLevel,
                           String settledLabel, String settledBy, Instant settledAt) {

    public boolean settled() {
        return settledLevel != null;
    }
}
