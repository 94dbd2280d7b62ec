package org.factdesk.review;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an entry of a claim's review history records. The {@link #key()} is what {@code review_revision.action}
 * stores, or what the history calls a status change of the claim; stored rows and restored archives hold the same
 * words, so they never change. SQL binds them as parameters instead of spelling them.
 */
public enum ReviewAction {
    SAVED("saved"),
    /** Stored with the revision brought back: "restored #12" ({@link #restoredFrom}). */
    RESTORED("restored"),
    EVIDENCE_ADDED("evidence added"),
    EVIDENCE_REMOVED("evidence removed"),
    COMMENTED("commented"),
    THREAD_RESOLVED("thread resolved"),
    THREAD_REOPENED("thread reopened"),
    /** A status change of the claim that made it public (read from the claim's history, not stored here). */
    PUBLISHED("published"),
    /** A status change that took the public version back. */
    WITHDRAWN("withdrawn"),
    /** Any other status change. */
    STATUS("status");

    private final String key;

    ReviewAction(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The action a restore of revision {@code revisionId} stores, so the history says what came back. */
    public static String restoredFrom(long revisionId) {
        return RESTORED.key + " #" + revisionId;
    }

    /** The action a stored {@code review_revision.action} (or a history entry's) names. */
    public static Optional<ReviewAction> ofStored(String action) {
        return Arrays.stream(values())
                .filter(a -> a.key.equals(action) || a == RESTORED && action.startsWith(RESTORED.key + " #"))
                .findFirst();
    }
}
