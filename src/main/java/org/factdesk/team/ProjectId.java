package org.factdesk.team;

import java.util.Optional;

public record ProjectId(long value) {

    /** Parses an id from a URL segment; anything that is not a positive number is no project. */
    public static Optional<ProjectId> parse(String text) {
        if (text == null || !text.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(new ProjectId(Long.parseLong(text)));
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
