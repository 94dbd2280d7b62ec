package org.factdesk.claim;

/**
 * A rule a status change must pass, contributed by the modules that own the workflow (review).
 * Rules run inside the change's transaction and refuse it by throwing.
 */
public interface StatusRule {

    void check(Claim claim, ClaimStatus target);
}
