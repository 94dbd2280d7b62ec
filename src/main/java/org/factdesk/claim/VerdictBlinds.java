package org.factdesk.claim;

import java.util.Set;
import org.factdesk.team.ProjectId;
import org.factdesk.team.UserId;

/**
 * Claims whose verdict a user may not see yet: a reviewer of an open agreement round who has not given their own
 * verdict on a claim of it (issue 17, decision 0020). The agreement module answers; without it nothing is hidden.
 * {@link ClaimService#verdictHidden} and {@link ClaimService#verdictsHidden} ask it for the signed-in user, and every
 * page, export and API that shows a verdict, a rationale or a verdict's history asks them.
 */
public interface VerdictBlinds {

    boolean hidden(UserId user, ClaimId claim);

    /** The claims of the project hidden from {@code user}; usually none, at most a round's claims. */
    Set<ClaimId> hidden(UserId user, ProjectId project);
}
