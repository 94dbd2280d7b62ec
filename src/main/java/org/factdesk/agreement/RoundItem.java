package org.factdesk.agreement;

import org.factdesk.claim.ClaimId;

/** A claim waiting for the signed-in reviewer in an open round, or already judged ({@code mine} set). */
public record RoundItem(RoundId roundId, String roundName, String projectName, ClaimId claimId, String quote,
                        String documentTitle, RoundVerdict mine) {
}
