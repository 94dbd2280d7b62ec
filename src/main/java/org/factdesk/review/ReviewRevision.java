package org.factdesk.review;

import java.time.Instant;

/** One change to a review: who, when, and per changed field its value before and after (JSON). */
public record ReviewRevision(long id, Instant at, String actor, String action, String changes) {
}
