package org.factdesk.job;

import java.time.Instant;

/** One item's result: what it was called, what became of it, the document it made or matched, and why. */
public record JobItem(JobId jobId, int seq, String name, ItemState state, Long documentId, String message,
                      Instant finishedAt) {
}
