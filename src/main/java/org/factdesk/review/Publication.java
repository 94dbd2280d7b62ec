package org.factdesk.review;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the public sees of a claim: the review as a second reviewer published it, with the claim's wording and
 * source version at that moment. Later edits of the review do not change it; only the next publication does.
 */
public record Publication(long id, Long verdictId, String verdict, String rationale, String claimant,
                          LocalDate claimDate, String claimReviewed, String quote, int documentVersion,
                          String publishedBy, Instant publishedAt) {
}
