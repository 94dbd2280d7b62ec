package org.factdesk.claim;

import org.factdesk.source.DocumentId;

/** Names of the live-update topics for claims and the documents that hold them, and what changes on them. */
public final class LiveTopics {

    /** What the claim module tells of on these topics; modules built on claims add kinds of their own. */
    public enum ClaimSignal implements org.factdesk.base.live.LiveKind {
        /** The claim itself changed: status, passage, anchor, dates (on the claim's topic). */
        CLAIM,
        /** A document's claims were added, changed or removed (on the document's topic). */
        CLAIMS
    }

    private LiveTopics() {
    }

    public static String claim(ClaimId id) {
        return "claim:" + id.value();
    }

    public static String document(DocumentId id) {
        return "document:" + id.value();
    }
}
