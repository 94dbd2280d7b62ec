package org.factdesk.job;

import java.time.Instant;
import org.factdesk.team.ProjectId;
import org.factdesk.team.UserId;

/**
 * A job as its owner sees it. {@code workers} is how many executions share its items, across all instances.
 */
public record JobData(ProjectId projectId, UserId owner, String ownerName, JobKind kind, JobState state, String title,
                      int workers, String message, Instant createdAt, Instant startedAt, Instant finishedAt) {
}
