package org.factdesk.agreement;

import java.util.List;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ClaimQuery;

/**
 * Which claims a round takes: the listed ones, or those the claims list's filter shows; then, with {@code sample},
 * that many of them drawn at random with {@code seed}, so the same filter, size and seed draw the same claims again.
 */
public record RoundSelection(List<ClaimId> claimIds, ClaimQuery filter, Integer sample, Long seed) {

    public RoundSelection {
        claimIds = claimIds == null ? List.of() : List.copyOf(claimIds);
    }

    public static RoundSelection of(List<ClaimId> claimIds) {
        return new RoundSelection(claimIds, null, null, null);
    }

    public static RoundSelection sample(ClaimQuery filter, int size, long seed) {
        return new RoundSelection(List.of(), filter, size, seed);
    }
}
