package org.factdesk.claim;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.source.SourceDates;

/**
 * Resolves the dates in a sentence against its document. A day and month without a year ("On 10
 * December") gets the year that puts it on or before the document's date; without one, the year
 * that fits the span of dates the document itself gives. Weekdays and "last week" count back from
 * the document's date.
 */
final class DateResolver {

    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:(?i:on|last|this|early|late)\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(yesterday|today|last (?:week|month|year)|earlier this (?:week|month|year)|this (?:week|month|year))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_ONLY = Pattern.compile("\\b(?:in|since|by|until|from|during|of)\\s+((?:18|19|20)\\d{2})\\b");

    /** What the document says about time, gathered once per document. */
    record Context(LocalDate published, LocalDate earliest, LocalDate latest, java.util.SortedSet<Integer> years) {

        static Context of(String documentText, LocalDate published) {
            LocalDate earliest = null;
            LocalDate latest = null;
            var years = new TreeSet<Integer>();
            for (var mention : SourceDates.mentions(documentText)) {
                if (mention.year() != null) {
                    years.add(mention.year());
                }
                var date = mention.date().orElse(null);
                if (date != null) {
                    earliest = earliest == null || date.isBefore(earliest) ? date : earliest;
                    latest = latest == null || date.isAfter(latest) ? date : latest;
                }
            }
            if (published != null) {
                years.add(published.getYear());
                years.add(published.getYear() - 1);
            }
            return new Context(published, earliest, latest, years);
        }
    }

    private DateResolver() {
    }

    static List<ClaimDate> resolve(String sentence, Context context) {
        var dates = new ArrayList<ClaimDate>();
        boolean digits = hasDigit(sentence);
        String lower = sentence.toLowerCase(Locale.ROOT);
        // every written date has a digit, every weekday "day", every relative date one of these words
        boolean dayWord = lower.contains("day");
        boolean relative = dayWord || lower.contains("week") || lower.contains("month") || lower.contains("year");
        if (!digits && !relative) {
            return dates;
        }
        for (var mention : digits ? SourceDates.mentions(sentence) : List.<SourceDates.DateMention>of()) {
            if (mention.day() == null) {
                dates.add(new ClaimDate(java.time.LocalDate.of(mention.year(), mention.month(), 1),
                        ClaimDate.Precision.MONTH, mention.raw(), mention.start(), mention.end()));
            } else if (mention.year() != null) {
                dates.add(new ClaimDate(mention.date().orElseThrow(), ClaimDate.Precision.DAY, mention.raw(),
                        mention.start(), mention.end()));
            } else {
                dates.add(new ClaimDate(withYear(mention.month().getValue(), mention.day(), context),
                        ClaimDate.Precision.DAY, mention.raw(), mention.start(), mention.end()));
            }
        }
        Matcher weekday = WEEKDAY.matcher(sentence);
        boolean namesAWeekday = dayWord && (sentence.contains("Monday") || sentence.contains("Tuesday")
                || sentence.contains("Wednesday") || sentence.contains("Thursday") || sentence.contains("Friday")
                || sentence.contains("Saturday") || sentence.contains("Sunday"));
        while (namesAWeekday && weekday.find()) {
            if (overlaps(dates, weekday.start(), weekday.end())) {
                continue;
            }
            var day = DayOfWeek.valueOf(weekday.group(1).toUpperCase(Locale.ROOT));
            LocalDate date = context.published() == null ? null
                    : context.published().with(TemporalAdjusters.previousOrSame(day));
            if (weekday.group().toLowerCase(Locale.ROOT).startsWith("last") && date != null
                    && date.equals(context.published())) {
                date = date.minusWeeks(1);
            }
            dates.add(new ClaimDate(date, ClaimDate.Precision.DAY, weekday.group().strip(), weekday.start(), weekday.end()));
        }
        Matcher relativeMatch = RELATIVE.matcher(sentence);
        boolean relativeWords = lower.contains("yesterday") || lower.contains("today") || lower.contains("last ")
                || lower.contains("this ") || lower.contains("earlier this");
        while (relative && relativeWords && relativeMatch.find()) {
            if (overlaps(dates, relativeMatch.start(), relativeMatch.end())) {
                continue;
            }
            String words = relativeMatch.group(1).toLowerCase(Locale.ROOT);
            LocalDate base = context.published();
            LocalDate date = null;
            ClaimDate.Precision precision = ClaimDate.Precision.DAY;
            if (base != null) {
                if (words.equals("yesterday")) {
                    date = base.minusDays(1);
                } else if (words.equals("today")) {
                    date = base;
                } else if (words.endsWith("week")) {
                    date = words.startsWith("last") ? base.minusWeeks(1) : base;
                    precision = ClaimDate.Precision.WEEK;
                } else if (words.endsWith("month")) {
                    date = (words.startsWith("last") ? base.minusMonths(1) : base).withDayOfMonth(1);
                    precision = ClaimDate.Precision.MONTH;
                } else if (words.endsWith("year")) {
                    date = (words.startsWith("last") ? base.minusYears(1) : base).withDayOfYear(1);
                    precision = ClaimDate.Precision.YEAR;
                }
            }
            dates.add(new ClaimDate(date, precision, relativeMatch.group(1), relativeMatch.start(1), relativeMatch.end(1)));
        }
        Matcher year = YEAR_ONLY.matcher(sentence);
        while (digits && mayNameAYear(sentence) && year.find()) {
            if (!overlaps(dates, year.start(1), year.end(1))) {
                dates.add(new ClaimDate(LocalDate.of(Integer.parseInt(year.group(1)), 1, 1), ClaimDate.Precision.YEAR,
                        year.group(1), year.start(1), year.end(1)));
            }
        }
        dates.sort(Comparator.comparingInt(ClaimDate::start));
        return dates;
    }

    private static boolean mayNameAYear(String s) {
        for (int i = 0; i + 4 <= s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '1' || c == '2') && Character.isDigit(s.charAt(i + 1)) && Character.isDigit(s.charAt(i + 2))
                    && Character.isDigit(s.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(List<ClaimDate> dates, int start, int end) {
        return dates.stream().anyMatch(d -> d.start() < end && start < d.end());
    }

    static LocalDate withYear(int month, int day, Context context) {
        if (context.years().isEmpty()) {
            return null;
        }
        LocalDate best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int year : context.years()) {
            LocalDate candidate;
            try {
                candidate = LocalDate.of(year, month, day);
            } catch (RuntimeException notInThatYear) {
                continue;
            }
            long distance;
            if (context.published() != null) {
                // reports describe the past: the latest date not after publication wins
                long days = context.published().toEpochDay() - candidate.toEpochDay();
                distance = days >= -1 ? days : 100_000 - days;
            } else if (context.earliest() != null) {
                long before = context.earliest().toEpochDay() - candidate.toEpochDay();
                long after = candidate.toEpochDay() - context.latest().toEpochDay();
                distance = Math.max(0, Math.max(before, after));
            } else {
                distance = Math.abs(year - context.years().last());
            }
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        return best;
    }
}
