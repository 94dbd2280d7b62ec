package org.factdesk.claim;

public record Claim(ClaimId id, int version, ClaimData data) {
}
