package org.factdesk.review;

import java.time.LocalDate;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ClaimStatus;

/** A claim in someone's queue, with where it lives. */
public record WorkItem(ClaimId claimId, String quote, ClaimStatus status, String documentTitle, String projectName,
                       LocalDate dueDate) {
}
