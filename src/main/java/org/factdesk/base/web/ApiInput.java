package org.factdesk.base.web;

import java.time.LocalDate;
import java.util.List;
import org.factdesk.base.InvalidInputException;

/** Checks on API input that every controller shares, each naming the field at fault. */
public final class ApiInput {

    static final String NUL_MESSAGE = "Text may not contain the NUL character (U+0000). Remove it and send again.";

    /** The dates Factdesk stores: four-digit years, so that a typo such as 57385 is caught, not saved. */
    public static final LocalDate EARLIEST = LocalDate.of(1000, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private ApiInput() {
    }

    public static LocalDate date(String field, LocalDate value) {
        if (value != null && (value.isBefore(EARLIEST) || value.isAfter(LATEST))) {
            throw new InvalidInputException(field, field + " must be a date between " + EARLIEST + " and " + LATEST
                    + "; " + value + " is not.");
        }
        return value;
    }

    /** A list without null entries, each at most {@code maxLength} characters. */
    public static List<String> texts(String field, List<String> values, int maxLength) {
        if (values == null) {
            return null;
        }
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value == null) {
                throw new InvalidInputException(field + "[" + i + "]", field + "[" + i + "] is null. Send text, or "
                        + "leave the entry out.");
            }
            if (value.length() > maxLength) {
                throw new InvalidInputException(field + "[" + i + "]", field + "[" + i + "] is longer than "
                        + maxLength + " characters.");
            }
        }
        return values;
    }

    static boolean hasNul(String value) {
        return value != null && value.indexOf('\0') >= 0;
    }
}
