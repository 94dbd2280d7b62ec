package org.factdesk.timeline;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param minSuggestedScore how sure a suggested (not yet confirmed) link must be to join two claims into one event;
 *                          confirmed links always join, rejected ones never
 * @param buildDelaySeconds how long after a change the timeline is built again, so that a burst of linking makes one
 *                          build, not hundreds
 */
@ConfigurationProperties("factdesk.timeline")
record TimelineSettings(Integer minSuggestedScore, Integer buildDelaySeconds) {

    TimelineSettings {
        minSuggestedScore = minSuggestedScore == null ? 40 : minSuggestedScore;
        buildDelaySeconds = buildDelaySeconds == null ? 2 : buildDelaySeconds;
    }
}
