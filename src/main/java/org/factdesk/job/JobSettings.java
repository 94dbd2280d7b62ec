package org.factdesk.job;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param workersPerJob how many executions share one job's items, across all instances (each takes one of the
 *                      engine's threads, {@code db-scheduler.threads}, on whichever instance picks it)
 * @param batchSize     items done in one transaction: larger is faster, smaller loses less to a crash
 */
@ConfigurationProperties("factdesk.jobs")
public record JobSettings(Integer workersPerJob, Integer batchSize) {

    public JobSettings {
        workersPerJob = workersPerJob == null ? 4 : Math.max(1, workersPerJob);
        batchSize = batchSize == null ? 25 : Math.max(1, batchSize);
    }
}
