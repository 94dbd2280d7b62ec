package org.factdesk.source;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as news pages and wikis write them: "July 25, 2024", "8 April 2024", "the 6th of December",
 * "December 4", "April 2024", "2023-12-06". Mentions may lack a year; resolving that is up to the
 * reader of the mention, who knows the document's date.
 */
public final class SourceDates {

    private static final Map<String, Month> MONTHS = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    static {
        for (Month month : Month.values()) {
            MONTHS.put(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH), month);
            MONTHS.put(month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH), month);
        }
        MONTHS.put("Sept", Month.SEPTEMBER);
    }

    // a whole word or an abbreviation with its period: "2 Marines" is not 2 March
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?:\\.|(?!\\p{L}))";
    private static final String YEAR = "(?:,?\\s+(\\d{4})(?!\\d))?";
    static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)" + YEAR);
    static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + YEAR);
    static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+(\\d{4})(?!\\d)");
    static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

    private SourceDates() {
    }

    /**
     * A date as written. {@code year} and {@code day} may be null ("December 4", "April 2024");
     * {@code start}/{@code end} are offsets into the text searched.
     */
    public record DateMention(Integer year, Month month, Integer day, int start, int end, String raw) {

        public boolean complete() {
            return year != null && day != null;
        }

        public Optional<LocalDate> date() {
            return complete() ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
        }
    }

    /** The first complete date in the text. */
    public static Optional<LocalDate> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return mentions(text).stream().filter(DateMention::complete).findFirst().flatMap(DateMention::date);
    }

    /** Every date mention in the text, in order, without overlaps. */
    public static List<DateMention> mentions(String text) {
        var all = new ArrayList<DateMention>();
        Matcher iso = ISO.matcher(text);
        Matcher monthDay = MONTH_DAY_YEAR.matcher(text);
        Matcher dayMonth = DAY_MONTH_YEAR.matcher(text);
        Matcher monthYear = MONTH_YEAR.matcher(text);
        int i = 0;
        // Patterns are tried only where a date can begin, a digit or a capitalised month name, so a
        // long text costs one pass instead of one pass per pattern.
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            DateMention found = null;
            if (wordStart && c >= '0' && c <= '9') {
                found = tryAt(iso, i, m -> mention(Integer.parseInt(m.group(1)), month(m.group(2)),
                        Integer.parseInt(m.group(3)), m));
                if (found == null) {
                    found = tryAt(dayMonth, i, m -> mention(year(m.group(3)), MONTHS.get(m.group(2)),
                            Integer.parseInt(m.group(1)), m));
                }
            } else if (wordStart && c >= 'A' && c <= 'Z' && i + 3 <= text.length() && monthPrefixAt(text, i)) {
                found = tryAt(monthDay, i, m -> mention(year(m.group(3)), MONTHS.get(m.group(1)),
                        Integer.parseInt(m.group(2)), m));
                if (found == null) {
                    found = tryAt(monthYear, i, m -> mention(Integer.parseInt(m.group(2)), MONTHS.get(m.group(1)), null, m));
                }
            }
            if (found != null) {
                all.add(found);
                i = found.end();
            } else {
                i++;
            }
        }
        return List.copyOf(all);
    }

    private static final String MONTH_PREFIXES = "JanFebMarAprMayJunJulAugSepOctNovDec";

    /** Whether a capitalised month abbreviation starts here, without allocating a substring. */
    private static boolean monthPrefixAt(String text, int i) {
        for (int m = 0; m < MONTH_PREFIXES.length(); m += 3) {
            if (text.charAt(i) == MONTH_PREFIXES.charAt(m) && text.charAt(i + 1) == MONTH_PREFIXES.charAt(m + 1)
                    && text.charAt(i + 2) == MONTH_PREFIXES.charAt(m + 2)) {
                return true;
            }
        }
        return false;
    }

    private static DateMention tryAt(Matcher matcher, int at, java.util.function.Function<Matcher, DateMention> make) {
        matcher.reset();
        matcher.region(at, matcher.regionEnd());
        if (!matcher.lookingAt()) {
            return null;
        }
        try {
            return make.apply(matcher);
        } catch (RuntimeException notADate) {
            return null;
        }
    }

    private static DateMention mention(Integer year, Month month, Integer day, Matcher m) {
        if (month == null) {
            return null;
        }
        if (day != null) {
            // throws for 30 February and the like, which are then not dates
            LocalDate.of(year == null ? 2000 : year, month, day);
        }
        return new DateMention(year, month, day, m.start(), m.end(), m.group());
    }

    private static Month month(String number) {
        int n = Integer.parseInt(number);
        return n >= 1 && n <= 12 ? Month.of(n) : null;
    }

    private static Integer year(String text) {
        return text == null ? null : Integer.parseInt(text);
    }

    /** The date a whole line states, such as a dateline "April 8, 2024 - 22:53". */
    static Optional<DateMention> firstMatch(String text) {
        return mentions(text).stream().filter(DateMention::complete).findFirst();
    }
}
