package org.factdesk.agreement;

import java.util.Optional;

public record RoundId(long value) {

    public static Optional<RoundId> parse(String text) {
        return text == null || !text.matches("\\d{1,18}") ? Optional.empty() : Optional.of(new RoundId(Long.parseLong(text)));
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
