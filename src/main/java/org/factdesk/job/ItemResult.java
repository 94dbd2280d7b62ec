package org.factdesk.job;

import org.factdesk.team.ProjectId;

/**
 * What a {@link JobWork} made of one item: its outcome, the document it made or matched, why, and the project it
 * made (a restore; a job without a project then belongs to it).
 */
public record ItemResult(ItemState state, Long documentId, String message, ProjectId project) {

    public ItemResult {
        if (state == ItemState.PENDING) {
            throw new IllegalArgumentException("A result is never pending");
        }
    }

    public ItemResult(ItemState state, Long documentId, String message) {
        this(state, documentId, message, null);
    }
}
