package org.factdesk.link;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param workers linking workers per cluster (each an engine execution on any instance)
 * @param batchSize claims linked per transaction
 * @param embeddings whether wording is also compared by meaning, with the in-process sentence embedding model
 */
@ConfigurationProperties("factdesk.links")
record LinkSettings(Integer workers, Integer batchSize, Boolean embeddings) {

    LinkSettings {
        workers = workers == null ? 2 : workers;
        batchSize = batchSize == null ? 50 : batchSize;
        embeddings = embeddings == null || embeddings;
    }
}
