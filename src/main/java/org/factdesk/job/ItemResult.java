package org.factdesk.job;

/** What a {@link JobWork} made of one item. */
public record ItemResult(ItemState state, Long documentId, String message) {

    public ItemResult {
        if (state == ItemState.PENDING) {
            throw new IllegalArgumentException("A result is never pending");
        }
    }
}
