package org.factdesk.claim;

import java.time.LocalDate;

/**
 * A date a claim mentions: resolved to a calendar date where the text and the document's own date
 * allow it (null where not), always with the words as written.
 */
public record ClaimDate(LocalDate date, Precision precision, String raw, int start, int end) {

    public enum Precision {
        DAY, WEEK, MONTH, YEAR
    }
}
