package org.factdesk.timeline;

import java.util.Optional;

/** An event, named by the lowest claim id in it: stable while that claim stays in the event. */
public record EventId(long value) {

    public static Optional<EventId> parse(String text) {
        try {
            return Optional.of(new EventId(Long.parseLong(text)));
        } catch (NumberFormatException | NullPointerException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
