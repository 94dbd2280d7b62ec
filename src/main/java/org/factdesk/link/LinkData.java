package org.factdesk.link;

import java.time.Instant;
import java.util.List;
import org.factdesk.claim.ClaimId;
import org.factdesk.team.ProjectId;
import org.factdesk.team.UserId;

/**
 * A link between two claims of different documents, {@code claimA} the lower id. Differences are written from
 * {@code claimA}'s side.
 */
public record LinkData(ProjectId projectId, ClaimId claimA, ClaimId claimB, LinkRelation relation, LinkState state,
                       int score, List<String> reasons, List<Difference> differences, UserId decidedBy,
                       Instant decidedAt) {

    public LinkData {
        reasons = List.copyOf(reasons);
        differences = List.copyOf(differences);
    }

    /** The claim at the other end from {@code from}. */
    public ClaimId other(ClaimId from) {
        return from.equals(claimA) ? claimB : claimA;
    }

    /** The differences as read from {@code from}'s side. */
    public List<Difference> differencesFrom(ClaimId from) {
        return from.equals(claimA) ? differences : differences.stream().map(Difference::swapped).toList();
    }
}
