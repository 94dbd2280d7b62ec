package org.factdesk.job;

import java.time.Instant;

/** The file a job made (an export's report), kept in the database so that any instance serves it. */
public record JobOutput(JobId jobId, String fileName, String contentType, long size, Instant createdAt) {
}
