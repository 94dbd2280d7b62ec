package org.factdesk.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph into sentences without breaking at the periods of abbreviations
 * ({@code Maj. Gen.}, {@code U.S.}, {@code No. 5}, {@code p.m.}), initials, decimals or inside
 * quotations. A sentence that ends inside closing quotes or brackets keeps them.
 */
final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "maj", "col", "lt", "capt", "cpt", "sgt", "cpl", "pvt", "adm",
            "cmdr", "sen", "rep", "gov", "pres", "st", "jr", "sr", "rev", "hon", "no", "nos", "vs", "etc", "approx",
            "est", "fig", "vol", "art", "dept", "univ", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "km", "al", "ca", "cf", "op", "pp", "ed");
    // Function words that start a sentence after "p.m." ("… at 9:30 p.m. The roof fell"); a name
    // or a weekday may follow a time inside a sentence ("at 6 p.m. Tuesday"), these do not.
    private static final Set<String> OPENERS = Set.of("The", "A", "An", "It", "He", "She", "They", "We", "I", "There",
            "This", "That", "These", "Those", "But", "And", "His", "Her", "Its", "Their", "Our", "No", "Some", "Many",
            "Several", "After", "When", "While", "By", "In");
    private static final String CLOSERS = "\"'”’»)]";
    private static final java.util.regex.Pattern INITIALISM = java.util.regex.Pattern.compile("(?:\\p{L}\\.)+\\p{L}");

    private SentenceSplitter() {
    }

    /** Sentences of {@code text} between {@code from} and {@code to}, trimmed, as spans of the whole text. */
    static List<Span> split(String text, int from, int to) {
        var sentences = new ArrayList<Span>();
        int start = skipSpace(text, from, to);
        int quoteDepth = 0;
        for (int i = start; i < to; i++) {
            char c = text.charAt(i);
            if (c == '“') {
                quoteDepth++;
            } else if (c == '”' && quoteDepth > 0) {
                quoteDepth--;
            }
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < to && (text.charAt(end) == '.' || text.charAt(end) == '!' || text.charAt(end) == '?')) {
                end++;
            }
            boolean closedQuote = false;
            while (end < to && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                closedQuote |= text.charAt(end) == '”';
                end++;
            }
            if (closedQuote && quoteDepth > 0) {
                quoteDepth--;
            }
            if (end >= to) {
                break;
            }
            if (!Character.isWhitespace(text.charAt(end))) {
                continue;
            }
            int next = skipSpace(text, end, to);
            if (next >= to || !startsSentence(text.charAt(next))) {
                continue;
            }
            if (c == '.' && (isAbbreviation(text, start, i) || isDecimalOrInitial(text, i))
                    && !(isTimeOfDay(text, start, i) && opensSentence(text, next, to))) {
                continue;
            }
            if (quoteDepth > 0 && !closedQuote) {
                continue;
            }
            sentences.add(trimmed(text, start, end));
            start = next;
            i = next - 1;
        }
        if (start < to) {
            var last = trimmed(text, start, to);
            if (last.length() > 0) {
                sentences.add(last);
            }
        }
        return sentences;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"'“‘(«[".indexOf(c) >= 0
                || Character.isLetter(c) && !Character.isLowerCase(c);
    }

    private static boolean isAbbreviation(String text, int sentenceStart, int period) {
        int wordStart = period;
        while (wordStart > sentenceStart && (Character.isLetter(text.charAt(wordStart - 1))
                || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = text.substring(wordStart, period);
        if (word.isEmpty()) {
            return false;
        }
        // U.S., U.N., e.g., p.m.: letters separated by periods
        if (word.length() == 1 || word.indexOf('.') >= 0 && INITIALISM.matcher(word).matches()) {
            return word.length() <= 1 || word.contains(".") || Character.isUpperCase(word.charAt(0));
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "9:30 p.m." ends here: the abbreviation of a time of day. */
    private static boolean isTimeOfDay(String text, int sentenceStart, int period) {
        return period - 4 >= sentenceStart && (text.startsWith("a.m", period - 3) || text.startsWith("p.m", period - 3))
                && !Character.isLetter(text.charAt(period - 4));
    }

    /** Whether the word at {@code at} is one that opens sentences and never follows a time: "The", "A", "It". */
    private static boolean opensSentence(String text, int at, int to) {
        int end = at;
        while (end < to && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return OPENERS.contains(text.substring(at, end));
    }

    private static boolean isDecimalOrInitial(String text, int period) {
        return period + 1 < text.length() && Character.isDigit(text.charAt(period + 1));
    }

    private static int skipSpace(String text, int i, int to) {
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static Span trimmed(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }
}
