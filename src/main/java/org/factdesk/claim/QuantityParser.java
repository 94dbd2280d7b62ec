package org.factdesk.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds figures in a sentence: "3,000+", "~8,000", "over 100", "at least 604", "one dozen", "70%", "$5 million". */
final class QuantityParser {

    private static final Map<String, Integer> WORD_NUMBERS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("a", 1), Map.entry("an", 1), Map.entry("dozen", 12),
            Map.entry("hundred", 100), Map.entry("thousand", 1000));
    private static final Map<String, Double> SCALES = Map.of("hundred", 100d, "thousand", 1e3, "million", 1e6,
            "billion", 1e9, "bn", 1e9, "m", 1e6, "k", 1e3, "dozen", 12d);
    private static final String WORD_NUMBER = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
            + "eighty|ninety|a|an)";
    // The qualifier is looked up behind each number afterwards: an optional alternation at the head of
    // the pattern would be tried at every position of every sentence.
    private static final Pattern NUMBER = Pattern.compile("(?i)(?<![\\p{L}\\d.,:])(?<currency>[$€£])?"
            + "(?<number>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|" + WORD_NUMBER
            + "(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?(?=\\s+(?:dozen|hundred|thousand|million|billion)\\b)"
            + "|" + WORD_NUMBER + "(?:-(?:one|two|three|four|five|six|seven|eight|nine))?(?![\\p{L}]))"
            + "(?<plus>\\+)?"
            + "(?:\\s*(?:-|–|to|and)\\s*(?<upper>\\d{1,3}(?:,\\d{3})+|\\d+))?"
            + "(?:\\s*(?<scale>dozen|hundred|thousand|million|billion|bn)\\b)?"
            + "(?<percent>\\s*(?:%|per ?cent\\b))?");
    private static final List<String> QUALIFIERS = List.of("at least", "at most", "more than", "over", "fewer than",
            "less than", "under", "about", "around", "approximately", "roughly", "nearly", "almost", "up to", "some",
            "an estimated", "as many as", "~", "≈");

    private static final Set<String> SKIP_WORDS = Set.of("of", "the", "and", "in", "on", "at", "were", "was", "had",
            "have", "has", "been", "are", "is", "to", "from", "for", "by", "with", "who", "which", "that", "as", "than",
            "since", "after", "before", "into", "across", "per", "a", "an", "or", "while", "whilst", "including");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
    private static final Set<String> UNITS = Set.of("km", "kilometers", "kilometres", "metres", "meters", "miles",
            "tonnes", "tons", "dollars", "euros", "pounds", "shekels", "percent", "hours", "days", "weeks", "months",
            "years", "minutes");

    private QuantityParser() {
    }

    /** Figures in {@code sentence}; spans in {@code masked} (dates, times) are not figures. */
    static List<Quantity> parse(String sentence, List<Span> masked) {
        var found = new ArrayList<Quantity>();
        if (!mayHoldFigure(sentence)) {
            return found;
        }
        Matcher m = NUMBER.matcher(sentence);
        int from = 0;
        while (true) {
            // only positions where a figure can start are tried: digits, currency signs, number words
            int at = nextCandidate(sentence, from);
            if (at < 0) {
                break;
            }
            m.region(at, sentence.length());
            if (!m.lookingAt()) {
                from = at + 1;
                continue;
            }
            from = Math.max(m.end(), at + 1);
            String number = m.group("number");
            if (number == null || number.isBlank()) {
                continue;
            }
            int numberStart = m.start();
            if (numberStart > 0) {
                char before = sentence.charAt(numberStart - 1);
                if (Character.isLetterOrDigit(before) || before == '.' || before == ',' || before == ':') {
                    continue;
                }
            }
            String qualifierFound = qualifierBefore(sentence, numberStart);
            int start = qualifierFound == null ? numberStart
                    : sentence.toLowerCase(Locale.ROOT).lastIndexOf(qualifierFound, numberStart);
            int end = m.end();
            final int spanStart = start;
            if (masked.stream().anyMatch(s -> s.start() < end && spanStart < s.end())) {
                continue;
            }
            if (ordinalOrPixels(sentence, end) || isClockTime(sentence, numberStart)) {
                continue; // ordinals ("98th Division") and layout sizes ("15px") are not figures
            }
            String lower = number.toLowerCase(Locale.ROOT);
            boolean wordNumber = Character.isLetter(lower.charAt(0));
            String scaleWord = m.group("scale");
            if (wordNumber && (lower.equals("a") || lower.equals("an")) && scaleWord == null) {
                continue;
            }
            if (wordNumber && scaleWord == null && qualifierFound == null && !countsSomething(sentence, end)) {
                continue;
            }
            double value = wordNumber ? wordValue(lower) : Double.parseDouble(number.replace(",", ""));
            if (scaleWord != null) {
                value *= SCALES.get(scaleWord.toLowerCase(Locale.ROOT));
            }
            if (!wordNumber && scaleWord == null && m.group("percent") == null && m.group("currency") == null
                    && isYear(number) && qualifierFound == null) {
                continue;
            }
            Double upper = m.group("upper") == null ? null : Double.parseDouble(m.group("upper").replace(",", ""));
            String qualifier = qualifierFound == null ? null : qualifierFound.toLowerCase(Locale.ROOT);
            if (qualifier != null && (qualifier.equals("~") || qualifier.equals("≈"))) {
                qualifier = "about";
            }
            if (m.group("plus") != null) {
                qualifier = "at least";
            }
            String unit = m.group("percent") != null ? "%" : currency(m.group("currency"));
            String counted = unit != null && unit.equals("%") ? countedAfter(sentence, end, true) : countedAfter(sentence, end, false);
            if (unit == null && counted != null && UNITS.contains(counted.split(" ")[0].toLowerCase(Locale.ROOT))) {
                unit = counted.split(" ")[0].toLowerCase(Locale.ROOT);
            }
            found.add(new Quantity(value, upper, qualifier, unit, counted, sentence.substring(start, end).strip(),
                    start, end));
        }
        return found;
    }

    /** The qualifier written right before a number ("more than 33,000"), lower-cased, or null. */
    private static String qualifierBefore(String sentence, int numberStart) {
        int end = numberStart;
        while (end > 0 && sentence.charAt(end - 1) == ' ') {
            end--;
        }
        String before = sentence.substring(Math.max(0, end - 16), end).toLowerCase(Locale.ROOT);
        for (String qualifier : QUALIFIERS) {
            if (before.endsWith(qualifier)) {
                int at = before.length() - qualifier.length();
                if (at == 0 || !Character.isLetter(before.charAt(at - 1)) || qualifier.length() == 1) {
                    return qualifier;
                }
            }
        }
        return null;
    }

    private static int nextCandidate(String sentence, int from) {
        for (int i = from; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(sentence.charAt(i - 1));
            if (!wordStart) {
                continue;
            }
            if (Character.isDigit(c) || c == '$' || c == '€' || c == '£') {
                return i;
            }
            if (Character.isLetter(c)) {
                int end = i;
                while (end < sentence.length() && Character.isLetter(sentence.charAt(end))) {
                    end++;
                }
                // number words are 1 to 9 letters and start with one of these; most words are rejected unread
                if (end - i <= 9 && "aAdDeEfFhHnNoOsStTtwW".indexOf(c) >= 0
                        && WORD_NUMBERS.containsKey(sentence.substring(i, end).toLowerCase(Locale.ROOT))) {
                    return i;
                }
                i = end - 1;
            }
        }
        return -1;
    }

    /** "5:30 p.m." and "22:53" are times of day, not figures. */
    private static boolean isClockTime(String sentence, int numberStart) {
        int i = numberStart;
        while (i < sentence.length() && Character.isDigit(sentence.charAt(i))) {
            i++;
        }
        return i + 1 < sentence.length() && (sentence.charAt(i) == ':' || sentence.charAt(i) == '.')
                && Character.isDigit(sentence.charAt(i + 1)) && i - numberStart <= 2
                && (i + 3 >= sentence.length() || !Character.isDigit(sentence.charAt(i + 3)))
                && sentence.charAt(i) == ':';
    }

    private static boolean ordinalOrPixels(String sentence, int end) {
        if (end + 2 > sentence.length()) {
            return false;
        }
        String next = sentence.substring(end, end + 2).toLowerCase(Locale.ROOT);
        boolean suffix = next.equals("st") || next.equals("nd") || next.equals("rd") || next.equals("th")
                || next.equals("px");
        return suffix && (end + 2 == sentence.length() || !Character.isLetter(sentence.charAt(end + 2)));
    }

    /** A cheap first look: figures need a digit, a currency sign or a number word. */
    private static boolean mayHoldFigure(String sentence) {
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (Character.isDigit(c) || c == '$' || c == '€' || c == '£' || c == '~') {
                return true;
            }
        }
        return nextCandidate(sentence, 0) >= 0;
    }

    private static boolean isYear(String number) {
        // by hand, not String.matches: this runs for every figure of every sentence of a bulk import
        if (number.length() != 4 || !number.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int n = Integer.parseInt(number);
        return n >= 1800 && n <= 2100;
    }

    private static double wordValue(String word) {
        String[] parts = word.split("[- ]");
        double total = 0;
        for (String part : parts) {
            Integer v = WORD_NUMBERS.get(part);
            if (v != null) {
                total += v;
            }
        }
        return total;
    }

    private static boolean countsSomething(String sentence, int end) {
        String counted = countedAfter(sentence, end, false);
        return counted != null;
    }

    /** The noun phrase a figure counts: the next few words, up to a function word or punctuation. */
    static String countedAfter(String sentence, int end, boolean allowOf) {
        var words = new ArrayList<String>();
        Matcher w = WORD.matcher(sentence);
        int position = end;
        while (position < sentence.length() && words.size() < 3) {
            char c = sentence.charAt(position);
            if (c == ' ' || c == '-' && position == end) { // "64-metre bridge": the unit is joined by a hyphen
                position++;
                continue;
            }
            if (!w.find(position) || w.start() != position) {
                break;
            }
            String word = w.group();
            String lower = word.toLowerCase(Locale.ROOT);
            if (SKIP_WORDS.contains(lower) && !(allowOf && lower.equals("of") && words.isEmpty())) {
                break;
            }
            if (!lower.equals("of")) {
                words.add(word);
            }
            position = w.end();
        }
        return words.isEmpty() ? null : String.join(" ", words);
    }

    private static String currency(String symbol) {
        if (symbol == null) {
            return null;
        }
        return switch (symbol) {
            case "$" -> "USD";
            case "€" -> "EUR";
            case "£" -> "GBP";
            default -> symbol;
        };
    }
}
