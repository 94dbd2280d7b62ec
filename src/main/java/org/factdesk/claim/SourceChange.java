package org.factdesk.claim;

import java.time.Instant;

/**
 * A new version of a source changed the wording under a claim that was in review or published.
 * {@code oldQuote} is what was reviewed; {@code newQuote} null when the text is gone; {@code summary}
 * says what changed in a few words ("23 → 20").
 */
public record SourceChange(long id, ClaimId claimId, int fromVersion, int toVersion, String oldQuote, String newQuote,
                           String summary, Instant at) {
}
