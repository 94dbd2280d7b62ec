package org.factdesk.job;

import java.time.Instant;
import org.factdesk.team.ProjectId;

/**
 * One item's result: what it was called, what became of it, the document it made or matched, why, and the project
 * it made (a restore).
 */
public record JobItem(JobId jobId, int seq, String name, ItemState state, Long documentId, String message,
                      Instant finishedAt, ProjectId project) {
}
