package org.factdesk.source;

import java.util.Optional;

public record DocumentId(long value) {

    public static Optional<DocumentId> parse(String text) {
        if (text == null || !text.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(new DocumentId(Long.parseLong(text)));
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
