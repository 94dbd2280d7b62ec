package org.factdesk.review;

import org.factdesk.claim.Claim;
import org.factdesk.team.UserId;

/**
 * A claim with its review. {@code version} is the review's own version for optimistic locking (0
 * before the first save); {@code verdictBy} wrote the current verdict.
 */
public record Review(Claim claim, int version, ReviewData data, UserId verdictBy) {
}
