package org.factdesk.agreement;

import java.util.Set;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.VerdictBlinds;
import org.factdesk.team.ProjectId;
import org.factdesk.team.UserId;
import org.springframework.stereotype.Component;

/**
 * Tells the claim module (and through it review and reports) which claims a reviewer judges blind: those of an open
 * round they review and have not given their verdict on. It reads the round tables only, so it needs nothing that
 * needs it back.
 */
@Component
class BlindRounds implements VerdictBlinds {

    private final JdbcAgreementRepository rounds;

    BlindRounds(JdbcAgreementRepository rounds) {
        this.rounds = rounds;
    }

    @Override
    public boolean hidden(UserId user, ClaimId claim) {
        return rounds.blind(user, claim);
    }

    @Override
    public Set<ClaimId> hidden(UserId user, ProjectId project) {
        return rounds.blind(user, project);
    }
}
