package org.factdesk.agreement;

import java.time.Instant;
import java.util.List;
import org.factdesk.claim.ClaimId;
import org.factdesk.team.ProjectId;
import org.factdesk.team.UserId;

/** A round: its claims in the order reviewers get them, its reviewers, and how the claims were chosen. */
public record RoundData(ProjectId projectId, String name, RoundState state, List<ClaimId> claims,
                        List<UserId> reviewers, RoundSelection selection, UserId createdBy, Instant createdAt,
                        Instant closedAt) {

    public RoundData {
        claims = List.copyOf(claims);
        reviewers = List.copyOf(reviewers);
    }

    public boolean open() {
        return state == RoundState.OPEN;
    }
}
