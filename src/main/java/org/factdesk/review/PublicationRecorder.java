package org.factdesk.review;

import java.time.Clock;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.ClaimStatusChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the public state of claims: publishing takes a snapshot, withdrawing ends it. Runs in the status change's
 * transaction, so a claim is never published without its snapshot. Going back to review after an edit is neither:
 * the last published state stays public until it is published again.
 * <p>
 * Stays a synchronous listener, not a durable one (decision 0024): the snapshot must commit or roll back with the
 * status, and a failure here must refuse the status change, not follow it later.
 */
@Component
class PublicationRecorder {

    private final JdbcPublicationRepository publications;
    private final Clock clock;

    PublicationRecorder(JdbcPublicationRepository publications, Clock clock) {
        this.publications = publications;
        this.clock = clock;
    }

    @EventListener
    void on(ClaimStatusChanged event) {
        var by = event.by();
        if (event.to() == ClaimStatus.PUBLISHED) {
            publications.publish(event.claimId(), by, clock.instant());
        } else if (event.from() == ClaimStatus.PUBLISHED && event.to() != ClaimStatus.NEEDS_REVIEW) {
            publications.withdraw(event.claimId(), by, clock.instant());
        }
    }
}
