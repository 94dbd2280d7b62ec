package org.factdesk.source;

import java.time.LocalDate;

/** Filters for a project's source list; any may be null. {@code text} is full-text search over title and text. */
public record DocumentQuery(String text, String outlet, SourceType type, LocalDate from, LocalDate to) {

    public static DocumentQuery all() {
        return new DocumentQuery(null, null, null, null, null);
    }
}
