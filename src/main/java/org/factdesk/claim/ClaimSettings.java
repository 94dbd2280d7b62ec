package org.factdesk.claim;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param threshold score from which an extracted statement becomes a suggested claim (0–100)
 * @param extractOnImport whether importing a document extracts claims right away
 */
@ConfigurationProperties("factdesk.claims")
public record ClaimSettings(Integer threshold, Boolean extractOnImport) {

    public ClaimSettings {
        threshold = threshold == null ? ClaimExtractor.THRESHOLD : threshold;
        extractOnImport = extractOnImport == null || extractOnImport;
    }
}
