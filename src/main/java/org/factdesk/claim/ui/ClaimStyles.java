package org.factdesk.claim.ui;

import java.util.List;
import org.factdesk.claim.Claim;

/** The CSS classes a claim's highlight gets: by status, and stronger for higher scores. */
final class ClaimStyles {

    private ClaimStyles() {
    }

    static int strength(int score) {
        return Math.max(1, Math.min(4, 1 + score / 25));
    }

    static List<String> highlight(Claim claim) {
        return List.of("fd-claim", "fd-claim-" + claim.data().status().name().toLowerCase(),
                "fd-strength-" + strength(claim.data().score()));
    }
}
