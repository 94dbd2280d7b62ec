package org.factdesk.job;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param workersPerJob how many executions share one job's items, across all instances (each takes one of the
 *                      engine's threads, {@code db-scheduler.threads}, on whichever instance picks it)
 * @param batchSize     items done in one transaction: larger is faster, smaller loses less to a crash
 * @param batchBytes    input one transaction reads at most (a single larger item is done alone): what bounds a
 *                      worker's memory when the files are large, as {@code batchSize} does when they are small
 */
@ConfigurationProperties("factdesk.jobs")
public record JobSettings(Integer workersPerJob, Integer batchSize, DataSize batchBytes) {

    public JobSettings {
        workersPerJob = workersPerJob == null ? 4 : Math.max(1, workersPerJob);
        batchSize = batchSize == null ? 25 : Math.max(1, batchSize);
        batchBytes = batchBytes == null ? DataSize.ofMegabytes(8) : batchBytes;
    }
}
