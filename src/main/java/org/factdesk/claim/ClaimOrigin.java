package org.factdesk.claim;

public enum ClaimOrigin {
    EXTRACTED, MANUAL
}
