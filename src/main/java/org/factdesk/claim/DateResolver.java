package org.factdesk.claim;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
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
            "\\b(yesterday|today|tomorrow|tonight|last night|(?:last|next) (?:week|month|year)"
                    + "|earlier this (?:week|month|year)|this (?:week|month|year|morning|afternoon|evening))\\b",
            Pattern.CASE_INSENSITIVE);
    // A month without a day or a year needs a word that makes it a time: "in March", "since May", "last June" (a
    // bare "May" is as often the verb). Capitalised, as months are written.
    private static final Pattern BARE_MONTH = Pattern.compile("\\b(?i:(in|since|by|until|till|from|during|through"
            + "|before|after|last|next|this|early|late|mid|end of|start of|beginning of)(?:\\s+(?:early|late|mid))?)"
            + "[\\s-]+(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b(?!\\s*\\d)");
    // A time of day: "3 a.m.", "3:30 pm", "22:53", "noon". A 24-hour time needs its minutes; "at 3" alone is no time.
    private static final Pattern TIME = Pattern.compile("(?<![\\d:.])(?:(\\d{1,2})(?:[:.](\\d{2}))?\\s?([ap])\\.?\\s?m\\b\\.?"
            + "|([01]?\\d|2[0-3]):([0-5]\\d)(?![\\d:])|(?i:(noon|midday|midnight)))", Pattern.CASE_INSENSITIVE);
    private static final Pattern PART_OF_DAY = Pattern.compile("\\b(morning|afternoon|evening|night|overnight)\\b",
            Pattern.CASE_INSENSITIVE);
    /** How far from a date a time or a part of the day may stand and still be its: "Tuesday, at about 3 a.m.". */
    private static final int TIME_REACH = 24;
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

        /**
         * The full date a line near the top of the text starts with: of several, the last above the first paragraph,
         * which is the one nearest the body, as the source parser reads a document's date.
         */
        private static LocalDate dateLine(String text) {
            LocalDate found = null;
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
                    found = mentions.getFirst().date().orElseThrow();
                } else if (isParagraph(line)) {
                    break;
                }
            }
            return found;
        }

        private static boolean isParagraph(String line) {
            return ".!?\"”’".indexOf(line.charAt(line.length() - 1)) >= 0 && line.split("\\s+").length >= 6;
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
                || lower.contains("tomorrow") || lower.contains("night") || lower.contains("morning")
                || lower.contains("evening") || lower.contains("afternoon");
        boolean months = mayNameAMonth(sentence);
        if (!digits && !relative && !months) {
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
            if (overlaps(dates, weekday.start(), weekday.end()) || followedByADate(sentence, weekday.end(), dates)) {
                // "Monday, December 4" is one day, the one the date names
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
                || lower.contains("tonight") || lower.contains("last ") || lower.contains("next ")
                || lower.contains("this ");
        while (relative && relativeWords && relativeMatch.find()) {
            if (overlaps(dates, relativeMatch.start(), relativeMatch.end())) {
                continue;
            }
            String words = relativeMatch.group(1).toLowerCase(Locale.ROOT);
            LocalDate date = null;
            ClaimDate.Precision precision = ClaimDate.Precision.DAY;
            if (base != null) {
                int step = words.startsWith("last") ? -1 : words.startsWith("next") ? 1 : 0;
                if (words.equals("yesterday") || words.equals("last night")) {
                    date = base.minusDays(1);
                } else if (words.equals("today") || words.equals("tonight") || words.startsWith("this ")
                        && !words.endsWith("week") && !words.endsWith("month") && !words.endsWith("year")) {
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
        Matcher month = BARE_MONTH.matcher(sentence);
        while (months && month.find()) {
            if (overlaps(dates, month.start(2), month.end(2))) {
                continue;
            }
            var named = monthNamed(month.group(2));
            String lead = month.group(1).toLowerCase(Locale.ROOT);
            boolean future = lead.equals("next") || inFuture(futureFrom, month.start());
            LocalDate date = monthWithYear(named, context, future, lead.equals("last") || lead.equals("next"),
                    lead.equals("this"));
            dates.add(new ClaimDate(date, ClaimDate.Precision.MONTH, month.group(2), month.start(2), month.end(2)));
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
        return timesOfDay(sentence, lower, dates);
    }

    /**
     * Gives each date of a day the time or part of the day written next to it: "on Tuesday at 3 a.m.",
     * "April 8, 2024 - 22:53", "early Tuesday morning", "the night of 7 October". A time goes to the nearest date
     * within a few words, and to none if no date is that near.
     */
    private static List<ClaimDate> timesOfDay(String sentence, String lower, List<ClaimDate> dates) {
        if (dates.isEmpty()) {
            return dates;
        }
        boolean mayHaveTime = lower.contains(":") || lower.contains("m.") || lower.contains("am") || lower.contains("pm")
                || lower.contains("noon") || lower.contains("midday") || lower.contains("midnight");
        if (mayHaveTime) {
            Matcher time = TIME.matcher(sentence);
            while (time.find()) {
                var at = timeOf(time);
                int nearest = nearestDay(dates, time.start(), time.end());
                if (at != null && nearest >= 0 && dates.get(nearest).time() == null) {
                    dates.set(nearest, dates.get(nearest).at(at));
                }
            }
        }
        if (lower.contains("morning") || lower.contains("afternoon") || lower.contains("evening")
                || lower.contains("night")) {
            Matcher part = PART_OF_DAY.matcher(sentence);
            while (part.find()) {
                int nearest = containing(dates, part.start(), part.end());
                nearest = nearest >= 0 ? nearest : nearestDay(dates, part.start(), part.end());
                String word = part.group(1).toLowerCase(Locale.ROOT);
                var partOfDay = word.equals("overnight") ? ClaimDate.PartOfDay.NIGHT
                        : ClaimDate.PartOfDay.valueOf(word.toUpperCase(Locale.ROOT));
                if (nearest >= 0 && dates.get(nearest).partOfDay() == null) {
                    dates.set(nearest, dates.get(nearest).in(partOfDay));
                }
            }
        }
        // "tonight" holds no word "night" of its own
        for (int i = 0; i < dates.size(); i++) {
            var d = dates.get(i);
            String raw = d.raw().toLowerCase(Locale.ROOT);
            if (d.partOfDay() == null && raw.equals("tonight")) {
                dates.set(i, d.in(ClaimDate.PartOfDay.NIGHT));
            }
        }
        return dates;
    }

    private static LocalTime timeOf(Matcher m) {
        if (m.group(6) != null) {
            return m.group(6).equalsIgnoreCase("midnight") ? LocalTime.MIDNIGHT : LocalTime.NOON;
        }
        if (m.group(4) != null) {
            return LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (hour < 1 || hour > 12 || minute > 59) {
            return null;
        }
        boolean pm = Character.toLowerCase(m.group(3).charAt(0)) == 'p';
        return LocalTime.of(hour % 12 + (pm ? 12 : 0), minute);
    }

    /** The date of a day nearest to a span, if one is within reach: a time says nothing of a month or a year. */
    private static int nearestDay(List<ClaimDate> dates, int start, int end) {
        int best = -1;
        int bestGap = TIME_REACH + 1;
        for (int i = 0; i < dates.size(); i++) {
            var d = dates.get(i);
            if (d.precision() != ClaimDate.Precision.DAY || d.start() < end && start < d.end()) {
                continue;
            }
            int gap = d.end() <= start ? start - d.end() : d.start() - end;
            if (gap < bestGap) {
                bestGap = gap;
                best = i;
            }
        }
        return best;
    }

    /** The date whose own words hold a span: the "night" of "last night". */
    private static int containing(List<ClaimDate> dates, int start, int end) {
        for (int i = 0; i < dates.size(); i++) {
            if (dates.get(i).start() <= start && end <= dates.get(i).end()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean followedByADate(String sentence, int at, List<ClaimDate> dates) {
        int i = at;
        while (i < sentence.length() && (sentence.charAt(i) == ',' || sentence.charAt(i) == ' ')) {
            i++;
        }
        int next = i;
        return i > at && dates.stream().anyMatch(d -> d.start() == next && d.precision() == ClaimDate.Precision.DAY);
    }

    private static final String MONTH_PREFIXES = "JanFebMarAprMayJunJulAugSepOctNovDec";

    /** Whether a capitalised month name may start somewhere in the sentence: a cheap test before the pattern. */
    private static boolean mayNameAMonth(String s) {
        for (int i = 1; i + 3 <= s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'S' && !Character.isLetter(s.charAt(i - 1))) {
                for (int m = 0; m < MONTH_PREFIXES.length(); m += 3) {
                    if (c == MONTH_PREFIXES.charAt(m) && s.charAt(i + 1) == MONTH_PREFIXES.charAt(m + 1)
                            && s.charAt(i + 2) == MONTH_PREFIXES.charAt(m + 2)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static java.time.Month monthNamed(String name) {
        String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
        for (var month : java.time.Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return month;
            }
        }
        throw new IllegalArgumentException(name);
    }

    /**
     * The first day of a month named without a year: the latest such month not after the document's (the earliest
     * not before it, for the future; never the document's own month for "last March" or "next March", always the
     * document's own year for "this March"), else the one nearest the span of full dates the text gives, else none.
     */
    static LocalDate monthWithYear(java.time.Month month, Context context, boolean future, boolean strict,
                                   boolean sameYear) {
        LocalDate base = context.documentDate();
        if (base == null) {
            return context.earliest() == null ? null : withYear(month.getValue(), 1, context, future);
        }
        var current = java.time.YearMonth.from(base);
        var candidate = java.time.YearMonth.of(base.getYear(), month);
        if (sameYear) {
            return candidate.atDay(1);
        }
        if (future) {
            if (candidate.isBefore(current) || strict && candidate.equals(current)) {
                candidate = candidate.plusYears(1);
            }
        } else if (candidate.isAfter(current) || strict && candidate.equals(current)) {
            candidate = candidate.minusYears(1);
        }
        return candidate.atDay(1);
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

    /**
     * Whether {@link #YEAR_ONLY} can match: a year of 18xx, 19xx or 20xx after a space and before a word boundary (as
     * {@code \\b} sees it). Most figures ("2,400", "1500s") are none, and the pattern need not look.
     */
    private static boolean mayNameAYear(String s) {
        for (int i = 1; i + 4 <= s.length(); i++) {
            char c = s.charAt(i);
            char next = s.charAt(i + 1);
            if ((c == '1' && (next == '8' || next == '9') || c == '2' && next == '0')
                    && isAsciiDigit(s.charAt(i + 2)) && isAsciiDigit(s.charAt(i + 3))
                    && " \t\n\u000B\f\r".indexOf(s.charAt(i - 1)) >= 0
                    && (i + 4 == s.length() || !isWordCharacter(s.charAt(i + 4)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A word character as {@code \\b} sees it in Java's default mode. */
    private static boolean isWordCharacter(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
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
