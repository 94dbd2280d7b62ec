package org.factdesk.timeline;

import java.util.List;
import org.factdesk.claim.ClaimId;
import org.factdesk.link.Difference;
import org.factdesk.link.LinkId;
import org.factdesk.link.LinkState;

/** A conflicting link between two claims of one event that no editor has rejected, with what differs. */
public record EventConflict(LinkId linkId, ClaimId claimA, ClaimId claimB, LinkState state, List<Difference> differences) {

    public EventConflict {
        differences = List.copyOf(differences);
    }
}
