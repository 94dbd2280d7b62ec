package org.factdesk.link;

import java.time.Clock;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ClaimsChanged;
import org.factdesk.source.DocumentId;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * New and reworded claims wait to be linked: a new or re-read document's as one row of {@code link_pending_document},
 * a claim changed on its own in {@code link_pending}. Synchronous, in the transaction that changed them: the queue row
 * commits with the claim or not at all, so no claim is ever left unlinked, also after a crash, and the linking itself
 * runs later on any instance ({@link LinkTasks}).
 */
@Component
class LinkQueue {

    private final JdbcLinkRepository links;
    private final LinkScheduling scheduling;
    private final Clock clock;

    LinkQueue(JdbcLinkRepository links, LinkScheduling scheduling, Clock clock) {
        this.links = links;
        this.scheduling = scheduling;
        this.clock = clock;
    }

    @EventListener
    void on(ClaimsChanged event) {
        int queued = links.queue(event.documents().stream().map(DocumentId::value).toList(),
                event.claims().stream().map(ClaimId::value).toList(), clock.instant());
        if (queued > 0) {
            scheduling.scheduleWorkers();
        }
    }
}
