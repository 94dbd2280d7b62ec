package org.factdesk.job;

public record Job(JobId id, int version, JobData data) {
}
