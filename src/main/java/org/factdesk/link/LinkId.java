package org.factdesk.link;

import java.util.Optional;

public record LinkId(long value) {

    public static Optional<LinkId> parse(String text) {
        return text == null || !text.matches("\\d{1,18}") ? Optional.empty() : Optional.of(new LinkId(Long.parseLong(text)));
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
