package org.factdesk.link;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param workers linking workers per cluster (each an engine execution on any instance)
 * @param batchSize claims linked per transaction
 */
@ConfigurationProperties("factdesk.links")
record LinkSettings(Integer workers, Integer batchSize) {

    LinkSettings {
        workers = workers == null ? 2 : workers;
        batchSize = batchSize == null ? 50 : batchSize;
    }
}
