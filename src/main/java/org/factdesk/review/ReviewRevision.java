package org.factdesk.review;

import java.time.Instant;

/**
 * One entry of a claim's review history: who, when, and per changed field its value before and after (JSON).
 * Status changes of the claim are entries too ("published", "withdrawn", "status"), so the history says who
 * published what. {@code restorable}: restoring it would bring back a review state different from today's.
 */
public record ReviewRevision(long id, Instant at, String actor, String action, String changes, boolean restorable) {
}
