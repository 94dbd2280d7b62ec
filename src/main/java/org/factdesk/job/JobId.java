package org.factdesk.job;

import java.util.Optional;

public record JobId(long value) {

    public static Optional<JobId> parse(String text) {
        try {
            return Optional.of(new JobId(Long.parseLong(text)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
