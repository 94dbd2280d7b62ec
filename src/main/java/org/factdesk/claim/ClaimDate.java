package org.factdesk.claim;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A date a claim mentions: resolved to a calendar date where the text and the document's own date
 * allow it (null where not), always with the words as written. Where the text gives the time of day
 * next to it ("at 3 a.m.", "22:53") {@code time} holds it; where it only names a part of the day
 * ("Tuesday night") {@code partOfDay} does. Both are null otherwise, and in facts stored before
 * Factdesk read them.
 */
public record ClaimDate(LocalDate date, Precision precision, String raw, int start, int end, PartOfDay partOfDay,
                        LocalTime time) {

    public enum Precision {
        DAY, WEEK, MONTH, YEAR
    }

    /** The part of a day a text names instead of a time: what an editor needs to order events within a day. */
    public enum PartOfDay {
        MORNING, AFTERNOON, EVENING, NIGHT
    }

    /** A date without a time of day. */
    public ClaimDate(LocalDate date, Precision precision, String raw, int start, int end) {
        this(date, precision, raw, start, end, null, null);
    }

    /** A date at a time of day. */
    public ClaimDate(LocalDate date, Precision precision, String raw, int start, int end, LocalTime time) {
        this(date, precision, raw, start, end, null, time);
    }

    ClaimDate at(LocalTime time) {
        return new ClaimDate(date, precision, raw, start, end, partOfDay, time);
    }

    ClaimDate in(PartOfDay part) {
        return new ClaimDate(date, precision, raw, start, end, part, time);
    }
}
