package org.factdesk.claim;

import org.factdesk.source.DocumentId;

/** Names of the live-update topics for claims and the documents that hold them. */
public final class LiveTopics {

    private LiveTopics() {
    }

    public static String claim(ClaimId id) {
        return "claim:" + id.value();
    }

    public static String document(DocumentId id) {
        return "document:" + id.value();
    }
}
