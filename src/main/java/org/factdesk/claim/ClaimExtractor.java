package org.factdesk.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    private static final Pattern CASUALTY = words("killed|killing|kills|dead|deaths?|died|dies|wounded|injured|"
            + "injuries|hurt|casualt(?:y|ies)|massacred?|missing|fatalit(?:y|ies)|bodies|slain|executed");
    private static final Pattern DAMAGE = words("destroyed|destroying|damaged|damaging|collapsed?|collapsing|razed|"
            + "flattened|demolished|burned|burnt|bombed|bombing|shelled|levelled|leveled|ruined|disabled");
    private static final Pattern MILITARY = words("troops|soldiers?|forces|army|military|brigades?|battalions?|"
            + "divisions?|tanks?|airstrikes?|air ?raids?|strikes?|striking|shelling|rockets?|missiles?|ambush(?:ed)?|"
            + "invaded|invasion|invade|withdrew|withdrawn|withdrawal|withdraw|siege|offensive|fighters|militants?|"
            + "operations?|incursion|raids?|artillery|commandos|combat|ceasefire|hostages?|captured|occupation|"
            + "attack(?:s|ed)?|clashes|gunfire|snipers?|drones?|evacuat(?:e|ed|ion)|displaced");
    private static final Pattern COMPARISON = words("deadliest|largest|biggest|worst|highest|lowest|most|least|"
            + "longest|heaviest|first|last|record|unprecedented|doubled|tripled|fastest|smallest|greatest");
    // case-sensitive on purpose: "US" is a country, "us" a person
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:I|[Ww]e|[Mm]y|[Oo]ur|me|us|I'm|[Ww]e're|I’m|[Ww]e’re)\\b");
    private static final Pattern MODAL = words("could|might|may|would|should|perhaps|possibly|likely|expected to");
    private static final Pattern QUOTE = Pattern.compile("[“\"]([^”\"]{3,})[”\"]");

    static final int THRESHOLD = 40;

    private ClaimExtractor() {
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("\\b(?:" + alternatives + ")\\b", Pattern.CASE_INSENSITIVE);
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

        var dates = DateResolver.resolve(sentence, context);
        var masked = dates.stream().map(d -> new Span(d.start(), d.end())).toList();
        var quantities = QuantityParser.parse(sentence, masked);
        var entities = NameFinder.entities(sentence);
        boolean attributed = NameFinder.hasAttribution(sentence);
        String claimant = attributed ? NameFinder.claimant(sentence) : null;

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
        addWordSignal(signals, CASUALTY, sentence, "casualties", 20);
        addWordSignal(signals, DAMAGE, sentence, "damage", 12);
        addWordSignal(signals, MILITARY, sentence, "military", 12);
        if (claimant != null) {
            signals.add(new Signal("attribution", "attribution: " + claimant, 20));
        } else if (attributed) {
            signals.add(new Signal("attribution", "attribution", 10));
        }
        Matcher quote = QUOTE.matcher(sentence);
        if (quote.find() && quote.group(1).split("\\s+").length >= 2) {
            signals.add(new Signal("quotation", "quotation", 8));
        }
        addWordSignal(signals, COMPARISON, sentence, "comparison", 10);
        if (!entities.isEmpty()) {
            signals.add(new Signal("entity", "names: " + String.join(", ", entities.stream().limit(3)
                    .map(Entity::name).toList()), Math.min(12, 4 * entities.size())));
        }
        if (kind == BlockKind.INFOBOX_FIELD) {
            signals.add(new Signal("infobox", "infobox field", 10));
        }

        String outsideQuotes = QUOTE.matcher(sentence).replaceAll(" ");
        int wordCount = sentence.strip().split("\\s+").length;
        if (sentence.strip().endsWith("?")) {
            signals.add(new Signal("question", "question", -40));
        }
        if (FIRST_PERSON.matcher(outsideQuotes).find()) {
            signals.add(new Signal("first-person", "first person", -20));
        }
        if (wordCount < 5) {
            signals.add(new Signal("short", "very short", -40));
        } else if (wordCount < 8 && kind != BlockKind.INFOBOX_FIELD) {
            signals.add(new Signal("short", "short", -10));
        }
        if (kind == BlockKind.PARAGRAPH && looksLikeHeadline(sentence)) {
            signals.add(new Signal("headline", "headline-like", -25));
        }
        if (MODAL.matcher(outsideQuotes).find()) {
            signals.add(new Signal("speculation", "speculative wording", -8));
        }

        int score = Math.max(0, Math.min(100, signals.stream().mapToInt(Signal::weight).sum()));
        return new ClaimCandidate(span, score, List.copyOf(signals),
                new ClaimFacts(List.copyOf(quantities), List.copyOf(dates), claimant, List.copyOf(entities)));
    }

    private static void addWordSignal(List<Signal> signals, Pattern pattern, String sentence, String kind, int weight) {
        Matcher m = pattern.matcher(sentence);
        if (m.find()) {
            signals.add(new Signal(kind, kind + ": " + m.group().toLowerCase(Locale.ROOT), weight));
        }
    }

    private static String describe(ClaimDate date) {
        return switch (date.precision()) {
            case DAY, WEEK -> date.date().format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));
            case MONTH -> date.date().format(java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH));
            case YEAR -> String.valueOf(date.date().getYear());
        };
    }

    /** Title Case and no closing punctuation: a headline or a table header, not a statement. */
    private static boolean looksLikeHeadline(String sentence) {
        String s = sentence.strip();
        if (s.isEmpty() || ".!?\"”’)".indexOf(s.charAt(s.length() - 1)) >= 0) {
            return false;
        }
        String[] words = s.split("\\s+");
        int significant = 0;
        int capitalised = 0;
        for (String word : words) {
            if (word.length() > 3) {
                significant++;
                if (Character.isUpperCase(word.codePointAt(0))) {
                    capitalised++;
                }
            }
        }
        return significant == 0 || capitalised * 10 >= significant * 6;
    }
}
