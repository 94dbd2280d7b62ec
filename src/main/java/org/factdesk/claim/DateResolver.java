package org.factdesk.claim;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.source.SourceDates;

/**
 * Resolves the dates in a sentence against its document's own date: a day and month without a year
 * ("On 10 December") takes the latest such date not after it, weekdays and "last week" count back
 * from it, and only what is said in the future tense ("will vote on Tuesday") lies ahead of it. A
 * document without a date of its own (an encyclopedia article) resolves a yearless day into the
 * span of full dates it gives; with neither, the year stays open.
 */
final class DateResolver {

    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:(?i:on|last|this|next|early|late)\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(yesterday|today|tomorrow|(?:last|next) (?:week|month|year)|earlier this (?:week|month|year)"
                    + "|this (?:week|month|year))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_ONLY = Pattern.compile("\\b(?:in|since|by|until|from|during|of)\\s+((?:18|19|20)\\d{2})\\b");
    // A date line at the top of a text, after words such as "Published on Friday,": the text's own date.
    private static final Pattern DATE_LINE_LEAD = Pattern.compile("^(?:(?:last\\s+)?(?:published|updated|posted|issued"
            + "|dated?)\\b\\s*:?\\s*|on\\s+|(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b\\s*,?\\s*)*",
            Pattern.CASE_INSENSITIVE);
    private static final int DATE_LINE_SEARCH = 5;
    // Words that put what a clause says ahead of the document: "will vote", "won't reopen", "shall".
    private static final Set<String> FUTURE = Set.of("will", "won't", "won’t", "shall", "tomorrow");
    private static final String CLAUSE_BREAKS = ",;:()—";

    /**
     * What the document says about time, gathered once per document: its own date (as published,
     * else as a date line at its top states) and the span of the full dates it gives.
     */
    record Context(LocalDate documentDate, LocalDate earliest, LocalDate latest) {

        static Context of(String documentText, LocalDate published) {
            LocalDate documentDate = published != null ? published : dateLine(documentText);
            LocalDate earliest = null;
            LocalDate latest = null;
            if (documentDate == null) {
                // only full dates make a period: "in May 2023" or "in 1994" is usually background
                for (var mention : SourceDates.mentions(documentText)) {
                    var date = mention.date().orElse(null);
                    if (date != null) {
                        earliest = earliest == null || date.isBefore(earliest) ? date : earliest;
                        latest = latest == null || date.isAfter(latest) ? date : latest;
                    }
                }
            }
            return new Context(documentDate, earliest, latest);
        }

        /** The full date a line near the top of the text starts with, if one does. */
        private static LocalDate dateLine(String text) {
            int lineStart = 0;
            for (int seen = 0; seen < DATE_LINE_SEARCH && lineStart < text.length(); ) {
                int newline = text.indexOf('\n', lineStart);
                int lineEnd = newline < 0 ? text.length() : newline;
                String line = text.substring(lineStart, lineEnd).strip();
                lineStart = lineEnd + 1;
                if (line.isEmpty()) {
                    continue;
                }
                seen++;
                Matcher lead = DATE_LINE_LEAD.matcher(line);
                String rest = lead.lookingAt() ? line.substring(lead.end()) : line;
                var mentions = SourceDates.mentions(rest);
                if (!mentions.isEmpty() && mentions.getFirst().start() == 0 && mentions.getFirst().complete()) {
                    return mentions.getFirst().date().orElseThrow();
                }
            }
            return null;
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
        boolean relative = dayWord || lower.contains("week") || lower.contains("month") || lower.contains("year")
                || lower.contains("tomorrow");
        if (!digits && !relative) {
            return dates;
        }
        List<Integer> futureFrom = futureClauses(sentence, lower);
        LocalDate base = context.documentDate();
        for (var mention : digits ? SourceDates.mentions(sentence) : List.<SourceDates.DateMention>of()) {
            if (mention.day() == null) {
                dates.add(new ClaimDate(java.time.LocalDate.of(mention.year(), mention.month(), 1),
                        ClaimDate.Precision.MONTH, mention.raw(), mention.start(), mention.end()));
            } else if (mention.year() != null) {
                dates.add(new ClaimDate(mention.date().orElseThrow(), ClaimDate.Precision.DAY, mention.raw(),
                        mention.start(), mention.end()));
            } else {
                dates.add(new ClaimDate(withYear(mention.month().getValue(), mention.day(), context,
                        inFuture(futureFrom, mention.start())), ClaimDate.Precision.DAY, mention.raw(),
                        mention.start(), mention.end()));
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
            String written = weekday.group().toLowerCase(Locale.ROOT);
            LocalDate date = null;
            if (base != null && written.startsWith("next")) {
                date = base.with(TemporalAdjusters.next(day));
            } else if (base != null && inFuture(futureFrom, weekday.start())) {
                date = base.with(TemporalAdjusters.nextOrSame(day));
            } else if (base != null) {
                date = base.with(TemporalAdjusters.previousOrSame(day));
                if (written.startsWith("last") && date.equals(base)) {
                    date = date.minusWeeks(1);
                }
            }
            dates.add(new ClaimDate(date, ClaimDate.Precision.DAY, weekday.group().strip(), weekday.start(), weekday.end()));
        }
        Matcher relativeMatch = RELATIVE.matcher(sentence);
        boolean relativeWords = lower.contains("yesterday") || lower.contains("today") || lower.contains("tomorrow")
                || lower.contains("last ") || lower.contains("next ") || lower.contains("this ");
        while (relative && relativeWords && relativeMatch.find()) {
            if (overlaps(dates, relativeMatch.start(), relativeMatch.end())) {
                continue;
            }
            String words = relativeMatch.group(1).toLowerCase(Locale.ROOT);
            LocalDate date = null;
            ClaimDate.Precision precision = ClaimDate.Precision.DAY;
            if (base != null) {
                int step = words.startsWith("last") ? -1 : words.startsWith("next") ? 1 : 0;
                if (words.equals("yesterday")) {
                    date = base.minusDays(1);
                } else if (words.equals("today")) {
                    date = base;
                } else if (words.equals("tomorrow")) {
                    date = base.plusDays(1);
                } else if (words.endsWith("week")) {
                    date = base.plusWeeks(step);
                    precision = ClaimDate.Precision.WEEK;
                } else if (words.endsWith("month")) {
                    date = base.plusMonths(step).withDayOfMonth(1);
                    precision = ClaimDate.Precision.MONTH;
                } else if (words.endsWith("year")) {
                    date = base.plusYears(step).withDayOfYear(1);
                    precision = ClaimDate.Precision.YEAR;
                }
            }
            dates.add(new ClaimDate(date, precision, relativeMatch.group(1), relativeMatch.start(1), relativeMatch.end(1)));
        }
        Matcher year = YEAR_ONLY.matcher(sentence);
        boolean mayNameAYear = digits && mayNameAYear(sentence);
        while (mayNameAYear && year.find()) {
            if (!overlaps(dates, year.start(1), year.end(1))) {
                dates.add(new ClaimDate(LocalDate.of(Integer.parseInt(year.group(1)), 1, 1), ClaimDate.Precision.YEAR,
                        year.group(1), year.start(1), year.end(1)));
            }
        }
        dates.sort(Comparator.comparingInt(ClaimDate::start));
        return dates;
    }

    /**
     * Where each clause that speaks of the future starts: from a future word ("will") to the next
     * clause break. "The mayor said on Tuesday that the panel will report on 5 May" puts 5 May
     * ahead of the document and leaves Tuesday behind it.
     */
    private static List<Integer> futureClauses(String sentence, String lower) {
        if (!(lower.contains("will") || lower.contains("won") || lower.contains("shall") || lower.contains("’ll")
                || lower.contains("'ll") || lower.contains("tomorrow"))) {
            return List.of();
        }
        var ranges = new ArrayList<Integer>();
        for (var token : ClaimExtractor.tokens(lower)) {
            String word = token.text();
            if (FUTURE.contains(word) || word.endsWith("'ll") || word.endsWith("’ll")) {
                int end = token.start();
                while (end < sentence.length() && CLAUSE_BREAKS.indexOf(sentence.charAt(end)) < 0) {
                    end++;
                }
                ranges.add(token.start());
                ranges.add(end);
            }
        }
        return ranges;
    }

    private static boolean inFuture(List<Integer> futureClauses, int at) {
        for (int i = 0; i < futureClauses.size(); i += 2) {
            if (futureClauses.get(i) <= at && at < futureClauses.get(i + 1)) {
                return true;
            }
        }
        return false;
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

    /**
     * The year of a day and month written without one: the latest such date not after the
     * document's date (the earliest not before it, for the future), else the one nearest the span
     * of full dates the text gives, else none.
     */
    static LocalDate withYear(int month, int day, Context context, boolean future) {
        LocalDate base = context.documentDate();
        if (base != null) {
            int step = future ? 1 : -1;
            // 29 February is found within a few years on either side
            for (int year = base.getYear(), tries = 0; tries < 9; year += step, tries++) {
                LocalDate candidate = on(year, month, day);
                if (candidate != null && (future ? !candidate.isBefore(base) : !candidate.isAfter(base))) {
                    return candidate;
                }
            }
            return null;
        }
        if (context.earliest() == null) {
            return null;
        }
        LocalDate best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int year = context.earliest().getYear() - 1; year <= context.latest().getYear(); year++) {
            LocalDate candidate = on(year, month, day);
            if (candidate == null) {
                continue;
            }
            long before = context.earliest().toEpochDay() - candidate.toEpochDay();
            long after = candidate.toEpochDay() - context.latest().toEpochDay();
            long distance = Math.max(0, Math.max(before, after));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        return best;
    }

    private static LocalDate on(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException notInThatYear) {
            return null;
        }
    }
}
