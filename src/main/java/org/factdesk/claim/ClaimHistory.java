package org.factdesk.claim;

import java.time.Clock;
import org.factdesk.base.live.LiveChannel;
import org.factdesk.source.DocumentId;
import org.factdesk.team.CurrentUser;
import org.factdesk.team.FactdeskPrincipal;
import org.springframework.stereotype.Component;

/**
 * Writes a claim's revisions. Every change of a claim is a revision, so this is also the one place that tells open
 * pages about it: the claim's page and its document's reader (signals go out only once the change commits).
 */
@Component
class ClaimHistory {

    private final JdbcClaimRepository claims;
    private final CurrentUser currentUser;
    private final LiveChannel live;
    private final Clock clock;

    ClaimHistory(JdbcClaimRepository claims, CurrentUser currentUser, LiveChannel live, Clock clock) {
        this.claims = claims;
        this.currentUser = currentUser;
        this.live = live;
        this.clock = clock;
    }

    /** A change of an existing claim, by the signed-in user or, without one, by Factdesk itself. */
    void record(ClaimId id, DocumentId documentId, ClaimRevisionAction action, Object before, Object after) {
        claims.addRevision(id, currentUser.get().map(FactdeskPrincipal::userId).orElse(null), action, before, after,
                clock.instant());
        String by = changedBy();
        live.publish(LiveTopics.claim(id), LiveTopics.ClaimSignal.CLAIM, by);
        live.publish(LiveTopics.document(documentId), LiveTopics.ClaimSignal.CLAIMS, by);
    }

    /** A new claim, always somebody's doing (extraction runs for the importer). */
    void created(ClaimId id, DocumentId documentId, ClaimRevisionAction action, Object after) {
        claims.addRevision(id, currentUser.requireId(), action, null, after, clock.instant());
        // a new claim has no page open yet; readers of its document hear of it (one signal per transaction)
        live.publish(LiveTopics.document(documentId), LiveTopics.ClaimSignal.CLAIMS, changedBy());
    }

    /** Claims found together (extraction writes their revisions with them): the document's readers hear once. */
    void createdMany(DocumentId documentId) {
        live.publish(LiveTopics.document(documentId), LiveTopics.ClaimSignal.CLAIMS, changedBy());
    }

    private String changedBy() {
        return currentUser.get().map(FactdeskPrincipal::displayName).orElse("Factdesk");
    }
}
