package org.factdesk.agreement;

public record Round(RoundId id, int version, RoundData data) {
}
