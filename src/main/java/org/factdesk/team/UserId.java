package org.factdesk.team;

public record UserId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
