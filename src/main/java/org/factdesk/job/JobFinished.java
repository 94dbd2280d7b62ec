package org.factdesk.job;

import org.factdesk.team.ProjectId;
import org.factdesk.team.UserId;

/** Published in the transaction that ends a job, for its owner's bell. */
public record JobFinished(JobId jobId, ProjectId projectId, UserId owner, JobKind kind, JobState state, String title,
                          JobProgress progress) {
}
