package org.factdesk.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.source.Block;
import org.factdesk.source.BlockKind;

/**
 * Finds check-worthy statements and scores them 0–100 from signals an editor can read: figures,
 * dates, casualty, damage and military words, attribution, quotations, comparisons and names count
 * for a statement; questions, first-person anecdotes, very short lines and headline-like lines count
 * against it. Headings, navigation lists and boilerplate are never candidates.
 */
final class ClaimExtractor {

    // Vocabulary is matched on lower-cased word tokens: one pass over the sentence instead of one regex per list.
    private static final Set<String> CASUALTY = Set.of("killed", "killing", "kills", "dead", "death", "deaths", "died",
            "dies", "wounded", "injured", "injuries", "hurt", "casualty", "casualties", "massacre", "massacred",
            "missing", "fatality", "fatalities", "bodies", "slain", "executed", "drowned", "perished");
    private static final Set<String> DAMAGE = Set.of("destroyed", "destroying", "damaged", "damaging", "collapse",
            "collapsed", "collapsing", "razed", "flattened", "demolished", "burned", "burnt", "bombed", "bombing",
            "shelled", "levelled", "leveled", "ruined", "disabled");
    private static final Set<String> MILITARY = Set.of("troops", "soldier", "soldiers", "forces", "army", "military",
            "brigade", "brigades", "battalion", "battalions", "division", "divisions", "tank", "tanks", "airstrike",
            "airstrikes", "strike", "strikes", "striking", "shelling", "rocket", "rockets", "missile", "missiles",
            "ambush", "ambushed", "invaded", "invasion", "invade", "withdrew", "withdrawn", "withdrawal", "withdraw",
            "siege", "offensive", "fighters", "militant", "militants", "operation", "operations", "incursion", "raid",
            "raids", "artillery", "commandos", "combat", "ceasefire", "hostage", "hostages", "captured", "occupation",
            "attack", "attacks", "attacked", "clashes", "gunfire", "sniper", "snipers", "drone", "drones", "evacuate",
            "evacuated", "evacuation", "displaced");
    private static final Set<String> COMPARISON = Set.of("deadliest", "largest", "biggest", "worst", "highest", "lowest",
            "most", "least", "longest", "heaviest", "first", "last", "record", "unprecedented", "doubled", "tripled",
            "fastest", "smallest", "greatest");
    // "at least 14" and "at most" qualify a figure, "most of the town" is a share: neither compares
    private static final Set<String> NOT_A_SUPERLATIVE_AFTER = Set.of("at");
    private static final Set<String> NOT_A_SUPERLATIVE_BEFORE = Set.of("of");
    // "a record high", "broke the record", "record-breaking" compare; "no record of", "court records" do not
    private static final Set<String> RECORD_BEFORE = Set.of("a", "new", "time", "broke", "broken", "set", "beat",
            "beaten", "equalled", "equaled", "another", "unprecedented");
    private static final Set<String> RECORD_AFTER = Set.of("high", "highs", "low", "lows", "number", "numbers", "level",
            "levels", "turnout", "temperature", "temperatures", "rainfall", "heat", "amount", "year", "breaking",
            "speed", "sum", "total", "crowd", "crowds");
    // "last week" is a date, not a comparison
    private static final Set<String> TIME_WORDS = Set.of("week", "weekend", "month", "year", "night", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "spring", "summer", "autumn", "fall",
            "winter", "season", "decade", "century");
    // infobox values that are lists of names, bullets and icon sizes: "Units1: , * , ** 15px 98th Division, …"
    private static final Pattern LIST_MARKUP = Pattern.compile("(?:^|[,|:]\\s*)\\*+\\s|\\s\\|\\s|\\b\\d{1,3}px\\b");
    private static final Set<String> MODAL = Set.of("could", "might", "may", "would", "should", "perhaps", "possibly",
            "likely");
    // case-sensitive on purpose: "US" is a country, "us" a person
    private static final Set<String> FIRST_PERSON = Set.of("I", "we", "We", "my", "My", "our", "Our", "me", "us",
            "I'm", "I’m", "we're", "We're", "we’re", "We’re");
    private static final Pattern CLOCK_TIME = Pattern.compile(
            "(?<![\\d:])(\\d{1,2}(?::\\d{2})?\\s*(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b)|\\d{1,2}:\\d{2}(?![\\d:]))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTE = Pattern.compile("[“\"]([^”\"]{3,})[”\"]");
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
            .ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final java.time.format.DateTimeFormatter MONTH = java.time.format.DateTimeFormatter
            .ofPattern("MMM yyyy", Locale.ENGLISH);

    static final int THRESHOLD = 40;

    private ClaimExtractor() {
    }

    /** All scored candidates of a document, in text order; callers keep those above their threshold. */
    static List<ClaimCandidate> extract(String text, List<Block> blocks, LocalDate published) {
        var context = DateResolver.Context.of(text, published);
        var candidates = new ArrayList<ClaimCandidate>();
        for (Block block : blocks) {
            switch (block.kind()) {
                case PARAGRAPH, SUBTITLE -> {
                    for (Span sentence : SentenceSplitter.split(text, block.start(), block.end())) {
                        candidates.add(score(text, sentence, block.kind(), context));
                    }
                }
                case LIST_ITEM, INFOBOX_FIELD -> candidates.add(score(text, withoutBullet(text, block), block.kind(),
                        context));
                default -> {
                    // headings, titles, navigation, boilerplate, bylines: furniture, not statements
                }
            }
        }
        return candidates;
    }

    private static Span withoutBullet(String text, Block block) {
        Matcher bullet = Pattern.compile("^(?:[-*•]|\\d{1,3}[.)])\\s+").matcher(text.substring(block.start(), block.end()));
        return bullet.find() ? new Span(block.start() + bullet.end(), block.end()) : new Span(block.start(), block.end());
    }

    static ClaimCandidate score(String text, Span span, BlockKind kind, DateResolver.Context context) {
        String sentence = span.of(text);
        var signals = new ArrayList<Signal>();
        signals.add(new Signal("base", "statement", 10));

        List<String> words = words(sentence);
        var lower = new ArrayList<String>(words.size());
        for (String word : words) {
            lower.add(word.toLowerCase(Locale.ROOT));
        }
        var dates = DateResolver.resolve(sentence, context);
        var masked = dates.stream().map(d -> new Span(d.start(), d.end())).toList();
        var quantities = QuantityParser.parse(sentence, masked);
        var entities = NameFinder.entities(sentence);
        boolean attributed = NameFinder.hasAttribution(lower);
        String claimant = attributed ? NameFinder.claimant(sentence, lower) : null;

        if (!quantities.isEmpty()) {
            var q = quantities.getFirst();
            signals.add(new Signal("figure", "figure: " + q.raw() + (q.counted() == null ? "" : " " + q.counted()), 30));
            if (quantities.size() > 1) {
                signals.add(new Signal("figure", "more figures: " + (quantities.size() - 1),
                        Math.min(10, 5 * (quantities.size() - 1))));
            }
        }
        if (!dates.isEmpty()) {
            var d = dates.getFirst();
            signals.add(new Signal("date", "date: " + (d.date() == null ? d.raw() : describe(d)), 12));
        }
        if (sentence.indexOf(':') >= 0 || sentence.indexOf(".m.") >= 0 || sentence.contains("am ")
                || sentence.contains("pm ")) {
            Matcher time = CLOCK_TIME.matcher(sentence);
            if (time.find()) {
                signals.add(new Signal("time", "time: " + time.group(1).strip(), 12));
            }
        }
        addWordSignals(signals, lower);
        if (claimant != null) {
            signals.add(new Signal("attribution", "attribution: " + claimant, 25));
        } else if (attributed) {
            signals.add(new Signal("attribution", "attribution", 10));
        }
        // every quotation opens with one of these: most sentences need no regex to know they hold none
        boolean quoted = sentence.indexOf('“') >= 0 || sentence.indexOf('"') >= 0;
        if (quoted) {
            Matcher quote = QUOTE.matcher(sentence);
            if (quote.find() && quote.group(1).strip().indexOf(' ') > 0) {
                signals.add(new Signal("quotation", "quotation", 8));
            }
        }
        String comparison = comparison(lower);
        if (comparison != null) {
            signals.add(new Signal("comparison", "comparison: " + comparison, 10));
        }
        if (!entities.isEmpty()) {
            signals.add(new Signal("entity", "names: " + String.join(", ", entities.stream().limit(3)
                    .map(Entity::name).toList()), Math.min(15, 5 * entities.size())));
        }
        if (kind == BlockKind.INFOBOX_FIELD) {
            signals.add(new Signal("infobox", "infobox field", 10));
            if (quantities.isEmpty() && isMarkupList(sentence)) {
                signals.add(new Signal("list", "list of names", -50));
            }
        }
        signals.addAll(StatementKinds.signals(sentence, lower, quantities, dates, CASUALTY));

        List<String> wordsOutsideQuotes = quoted ? words(QUOTE.matcher(sentence).replaceAll(" ")) : words;
        int wordCount = words.size();
        if (endsWithQuestionMark(sentence)) {
            signals.add(new Signal("question", "question", -40));
        }
        if (wordsOutsideQuotes.stream().anyMatch(FIRST_PERSON::contains)) {
            signals.add(new Signal("first-person", "first person", -20));
        }
        if (wordCount < 5) {
            signals.add(new Signal("short", "very short", -40));
        } else if (wordCount < 8 && kind != BlockKind.INFOBOX_FIELD) {
            signals.add(new Signal("short", "short", -10));
        }
        if (kind == BlockKind.PARAGRAPH && looksLikeHeadline(sentence, words)) {
            signals.add(new Signal("headline", "headline-like", -25));
        }
        // "May" with a capital is the month; the modal verb starts a sentence only in questions
        if (speculative(quoted, words, lower, wordsOutsideQuotes)) {
            signals.add(new Signal("speculation", "speculative wording", -8));
        }

        int score = Math.max(0, Math.min(100, signals.stream().mapToInt(Signal::weight).sum()));
        return new ClaimCandidate(span, score, List.copyOf(signals),
                new ClaimFacts(List.copyOf(quantities), List.copyOf(dates), claimant, List.copyOf(entities)));
    }

    /** The three vocabularies by word, as bits (casualty 1, damage 2, military 4): one look-up a word, not three. */
    private static final Map<String, Integer> VOCABULARY = vocabulary();

    private static Map<String, Integer> vocabulary() {
        var kinds = new HashMap<String, Integer>();
        CASUALTY.forEach(w -> kinds.merge(w, 1, (a, b) -> a | b));
        DAMAGE.forEach(w -> kinds.merge(w, 2, (a, b) -> a | b));
        MILITARY.forEach(w -> kinds.merge(w, 4, (a, b) -> a | b));
        return Map.copyOf(kinds);
    }

    /** For each vocabulary, a signal naming its first word in the sentence. */
    private static void addWordSignals(List<Signal> signals, List<String> lowerCaseWords) {
        String casualty = null;
        String damage = null;
        String military = null;
        for (String word : lowerCaseWords) {
            Integer kinds = VOCABULARY.get(word);
            if (kinds == null) {
                continue;
            }
            casualty = casualty == null && (kinds & 1) != 0 ? word : casualty;
            damage = damage == null && (kinds & 2) != 0 ? word : damage;
            military = military == null && (kinds & 4) != 0 ? word : military;
        }
        if (casualty != null) {
            signals.add(new Signal("casualties", "casualties: " + casualty, 20));
        }
        if (damage != null) {
            signals.add(new Signal("damage", "damage: " + damage, 12));
        }
        if (military != null) {
            signals.add(new Signal("military", "military: " + military, 12));
        }
    }

    /** Whether a modal word is used outside quotations; unquoted sentences have their words lower-cased already. */
    private static boolean speculative(boolean quoted, List<String> words, List<String> lower,
                                       List<String> wordsOutsideQuotes) {
        if (quoted) {
            return wordsOutsideQuotes.stream().anyMatch(w -> !w.equals("May") && MODAL.contains(w.toLowerCase(Locale.ROOT)));
        }
        for (int i = 0; i < words.size(); i++) {
            if (MODAL.contains(lower.get(i)) && !words.get(i).equals("May")) {
                return true;
            }
        }
        return false;
    }

    /** {@code sentence.strip().endsWith("?")} without the copy strip makes. */
    private static boolean endsWithQuestionMark(String sentence) {
        int end = sentence.length();
        while (end > 0 && Character.isWhitespace(sentence.charAt(end - 1))) {
            end--;
        }
        return end > 0 && sentence.charAt(end - 1) == '?';
    }

    /** The first word that compares ("deadliest", "a record high"), or null. */
    private static String comparison(List<String> lowerCaseWords) {
        for (int i = 0; i < lowerCaseWords.size(); i++) {
            String word = lowerCaseWords.get(i);
            if (!COMPARISON.contains(word)) {
                continue;
            }
            String before = i > 0 ? lowerCaseWords.get(i - 1) : "";
            String after = i + 1 < lowerCaseWords.size() ? lowerCaseWords.get(i + 1) : "";
            boolean compares = switch (word) {
                case "most", "least" -> !NOT_A_SUPERLATIVE_AFTER.contains(before) && !NOT_A_SUPERLATIVE_BEFORE.contains(after);
                case "last" -> !TIME_WORDS.contains(after);
                case "record" -> RECORD_BEFORE.contains(before) || RECORD_AFTER.contains(after);
                default -> true;
            };
            if (compares) {
                return word;
            }
        }
        return null;
    }

    private static boolean isMarkupList(String value) {
        Matcher markup = LIST_MARKUP.matcher(value);
        return markup.find() && markup.find();
    }

    /** A word of a sentence and where it starts. */
    record Token(String text, int start) {
    }

    /** The sentence's words as written: letters, digits and inner apostrophes. */
    static List<String> words(String sentence) {
        return tokens(sentence).stream().map(Token::text).toList();
    }

    static List<Token> tokens(String sentence) {
        // about one word in six characters: sized once instead of grown
        var words = new ArrayList<Token>(sentence.length() / 6 + 4);
        int start = -1;
        for (int i = 0; i <= sentence.length(); i++) {
            char c = i < sentence.length() ? sentence.charAt(i) : ' ';
            boolean inWord = Character.isLetterOrDigit(c)
                    || (c == '\'' || c == '’') && start >= 0 && i + 1 < sentence.length()
                    && Character.isLetter(sentence.charAt(i + 1));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(new Token(sentence.substring(start, i), start));
                start = -1;
            }
        }
        return words;
    }

    private static String describe(ClaimDate date) {
        return switch (date.precision()) {
            case DAY, WEEK -> date.date().format(DAY);
            case MONTH -> date.date().format(MONTH);
            case YEAR -> String.valueOf(date.date().getYear());
        };
    }

    /** Title Case and no closing punctuation: a headline or a table header, not a statement. */
    private static boolean looksLikeHeadline(String sentence, List<String> words) {
        String s = sentence.strip();
        if (s.isEmpty() || ".!?\"”’)".indexOf(s.charAt(s.length() - 1)) >= 0) {
            return false;
        }
        double share = org.factdesk.source.TextStructure.capitalisedShare(words);
        return share < 0 || share >= 0.6;
    }
}
