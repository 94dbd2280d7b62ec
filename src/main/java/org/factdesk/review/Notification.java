package org.factdesk.review;

import java.time.Instant;
import org.factdesk.claim.ClaimId;

public record Notification(long id, NotificationKind kind, String message, ClaimId claimId, Instant createdAt, boolean read) {
}
