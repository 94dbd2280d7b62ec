package org.factdesk.claim;

import java.util.List;

/** What a claim asserts, in structured form; offsets are relative to the claim's quote. */
public record ClaimFacts(List<Quantity> quantities, List<ClaimDate> dates, String claimant, List<Entity> entities) {

    public static ClaimFacts none() {
        return new ClaimFacts(List.of(), List.of(), null, List.of());
    }

    public boolean hasFigure() {
        return !quantities.isEmpty();
    }
}
