package org.factdesk.claim;

import org.factdesk.source.DocumentVersionStored;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Extracts claims when a document arrives and re-anchors them when it changes. Runs inside the
 * import's transaction, so a document is never stored without its claims. Stays a synchronous
 * listener, not a durable one (decision 0024): the claims commit or roll back with the document,
 * and a job's batch that stored a document is done only once its claims are.
 */
@Component
class ClaimExtractionListener {

    private final ClaimService claims;
    private final ClaimCarryOver carryOver;
    private final ClaimSettings settings;

    ClaimExtractionListener(ClaimService claims, ClaimCarryOver carryOver, ClaimSettings settings) {
        this.claims = claims;
        this.carryOver = carryOver;
        this.settings = settings;
    }

    /** Relative dates are read against the document's date: a new date resolves them again, in the same transaction. */
    @EventListener
    void on(org.factdesk.source.DocumentDateChanged event) {
        carryOver.resolveDatesAgain(event.documentId());
    }

    @EventListener
    void on(org.factdesk.source.DocumentsImported event) {
        if (settings.extractOnImport()) {
            claims.extractImported(event);
        }
    }

    /** A later version of a document already in the project: its claims move with the text. */
    @EventListener
    void on(DocumentVersionStored event) {
        carryOver.reanchor(event.documentId(), event.version());
    }
}
