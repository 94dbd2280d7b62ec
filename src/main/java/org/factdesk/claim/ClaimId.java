package org.factdesk.claim;

import java.util.Optional;

public record ClaimId(long value) {

    public static Optional<ClaimId> parse(String text) {
        return text == null || !text.matches("\\d{1,18}") ? Optional.empty() : Optional.of(new ClaimId(Long.parseLong(text)));
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
