package org.factdesk.claim;

import java.util.Arrays;

/**
 * What an entry of a claim's history records. The {@link #key()} is what {@code claim_revision.action} stores (older
 * rows and restored archives hold the same words, so they never change); SQL of other modules that reads the history
 * binds {@code key()} as a parameter instead of spelling it.
 * <p>
 * See decision 0016 in docs/decisions.
 */
public enum ClaimRevisionAction {
    EXTRACTED("extracted"),
    CREATED("created"),
    STATUS("status"),
    SOURCE_CHANGE_CHECKED("source change checked"),
    SPAN("span"),
    MERGED("merged"),
    SPLIT_FROM("split-from"),
    DELETED("deleted"),
    RE_ANCHORED("re-anchored"),
    DATES_RESOLVED_AGAIN("dates resolved again");

    /** The key, in a revision's {@code before}/{@code after} JSON, of the claim's {@link ClaimStatus} name. */
    public static final String STATUS_KEY = "status";

    private final String key;

    ClaimRevisionAction(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The action a stored key names. */
    public static ClaimRevisionAction ofKey(String key) {
        return Arrays.stream(values()).filter(a -> a.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown claim revision action: " + key));
    }
}
