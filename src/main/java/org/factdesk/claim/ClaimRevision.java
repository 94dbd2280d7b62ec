package org.factdesk.claim;

import java.time.Instant;

/** One entry of a claim's history: who did what, when, with the state before and after as JSON. */
public record ClaimRevision(long id, Instant at, String actor, ClaimRevisionAction action, String before, String after) {
}
