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

    /** What an entry of {@code claim_publication} records, by name. */
    public enum Kind {
        /** The claim's review became public as it stands. */
        PUBLISHED,
        /** What the public saw is taken back (the claim left Published or its project was restored elsewhere). */
        WITHDRAWN
    }
}
