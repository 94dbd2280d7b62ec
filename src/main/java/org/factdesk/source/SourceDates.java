package org.factdesk.source;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates as news pages and wikis write them: "July 25, 2024", "8 April 2024", "2023-12-06". */
public final class SourceDates {

    private static final Map<String, Month> MONTHS = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    static {
        for (Month month : Month.values()) {
            MONTHS.put(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH), month);
            MONTHS.put(month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH), month);
        }
        MONTHS.put("Sept", Month.SEPTEMBER);
    }

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH
            + ",?\\s+(\\d{4})\\b");
    static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

    private SourceDates() {
    }

    /** The first date in the text, in any of the supported shapes. */
    public static Optional<LocalDate> find(String text) {
        return text == null ? Optional.empty() : firstMatch(text).map(DateMatch::date);
    }

    record DateMatch(LocalDate date, int start, int end) {
    }

    static Optional<DateMatch> firstMatch(String text) {
        DateMatch best = null;
        for (Pattern pattern : new Pattern[] {MONTH_DAY_YEAR, DAY_MONTH_YEAR, ISO}) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                var date = toDate(pattern, m);
                if (date.isPresent()) {
                    if (best == null || m.start() < best.start()) {
                        best = new DateMatch(date.get(), m.start(), m.end());
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<LocalDate> toDate(Pattern pattern, Matcher m) {
        try {
            if (pattern == ISO) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
            boolean monthFirst = pattern == MONTH_DAY_YEAR;
            Month month = MONTHS.get(monthFirst ? m.group(1) : m.group(2));
            int day = Integer.parseInt(monthFirst ? m.group(2) : m.group(1));
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month, day));
        } catch (RuntimeException impossibleDate) {
            return Optional.empty();
        }
    }
}
