package org.factdesk.link;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.factdesk.claim.ClaimDate;
import org.factdesk.claim.ClaimFacts;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.Quantity;
import org.factdesk.source.DocumentId;

/**
 * What linking knows of one claim: its words as written ({@code terms}) and normalised ({@code words}), the names it
 * mentions (folded, see {@link NameKeys}), the figures and what they count, the days it names, and the document it is
 * in. Built once from the facts extraction stored, so that comparing it with dozens of candidates recomputes nothing.
 */
record ClaimProfile(ClaimId claimId, DocumentId documentId, String quote, String outlet, LocalDate documentDate,
                    Set<String> terms, Set<String> words, Map<String, String> names, List<Figure> figures,
                    List<LocalDate> days, Set<Happening> happenings, String claimant, boolean cumulative,
                    boolean present, boolean forces, Set<String> places, float[] embedding) {

    /** The same claim with its sentence embedding. */
    ClaimProfile withEmbedding(float[] embedding) {
        return new ClaimProfile(claimId, documentId, quote, outlet, documentDate, terms, words, names, figures, days,
                happenings, claimant, cumulative, present, forces, places, embedding);
    }

    /** What a figure counts, reduced to a kind of thing and what happened to it: "soldier" + KILLED. */
    record Figure(Quantity quantity, String thing, Happening happening) {

        /** The figure's interval once its qualifier is applied: "over 50" is [50, ∞), "about 8,000" a band. */
        double low() {
            double v = quantity.value();
            String q = quantity.qualifier() == null ? "" : quantity.qualifier();
            return switch (q) {
                case "at most", "fewer than", "less than", "under", "up to", "as many as" -> 0;
                case "about", "around", "approximately", "roughly", "some", "an estimated" -> v * 0.9;
                case "nearly", "almost" -> v * 0.9;
                default -> v;
            };
        }

        double high() {
            double v = quantity.upper() != null ? quantity.upper() : quantity.value();
            String q = quantity.qualifier() == null ? "" : quantity.qualifier();
            return switch (q) {
                case "at least", "more than", "over" -> Double.POSITIVE_INFINITY;
                case "about", "around", "approximately", "roughly", "some", "an estimated" -> v * 1.1;
                default -> v;
            };
        }

        boolean overlaps(Figure other) {
            return low() <= other.high() && other.low() <= high();
        }

        /** "at least 14 injured" */
        String describe() {
            String happened = happening == null ? "" : " " + happening.word();
            String what = quantity.counted() == null ? "" : " " + quantity.counted();
            // the figure as written holds its qualifier already ("at least 14")
            String raw = quantity.raw().strip();
            String withQualifier = quantity.qualifier() == null
                    || raw.toLowerCase(Locale.ROOT).contains(quantity.qualifier()) ? raw : quantity.qualifier() + " " + raw;
            String tail = what.isBlank() ? happened : what.toLowerCase(Locale.ROOT).contains(happened.strip()) ? what
                    : what + happened;
            return withQualifier + tail;
        }
    }

    /** What happened, in the few kinds news counts; the words that say so in any story. */
    enum Happening {
        KILLED("killed", "killed", "dead", "died", "die", "deaths", "death", "fatalities", "slain", "murdered",
                "massacred", "lives", "bodies"),
        INJURED("injured", "injured", "wounded", "hurt", "injuries", "casualties"),
        ARRESTED("arrested", "arrested", "detained", "captured", "abducted", "kidnapped", "hostages"),
        DISPLACED("displaced", "displaced", "evacuated", "fled", "homeless", "refugees", "stranded"),
        DAMAGED("damaged", "destroyed", "damaged", "razed", "demolished", "flattened"),
        ENTERED("entered", "entered", "invaded", "stormed", "advanced", "incursion", "invasion",
                "raided", "raid"),
        WITHDREW("withdrew", "withdrew", "withdrawn", "withdrawal", "retreated");

        private final String word;
        private final Set<String> words;

        Happening(String word, String... words) {
            this.word = word;
            this.words = Set.of(words);
        }

        String word() {
            return word;
        }

        static Set<Happening> in(Set<String> rawWords) {
            var found = java.util.EnumSet.noneOf(Happening.class);
            for (var h : values()) {
                for (String w : rawWords) {
                    if (h.words.contains(w)) {
                        found.add(h);
                        break;
                    }
                }
            }
            return found;
        }
    }

    /** Kinds of people and things that stories count under different words. */
    private static final Map<String, String> THING = thingGroups(Map.of(
            "soldier", List.of("soldier", "troop", "commando", "serviceman", "servicemen", "reservist", "officer",
                    "paratrooper", "marine"),
            // the other side's armed men are counted apart: "4 soldiers" and "3,000 fighters" are not one figure
            "fighter", List.of("fighter", "militant", "gunman", "gunmen", "combatant", "insurgent", "operative"),
            "person", List.of("person", "people", "civilian", "resident", "individual", "palestinian", "israeli",
                    "man", "men", "woman", "women", "child", "children", "victim", "citizen", "inhabitant"),
            "rocket", List.of("rocket", "missile", "projectile", "shell", "mortar"),
            "building", List.of("building", "home", "house", "structure", "apartment")));

    private static Map<String, String> thingGroups(Map<String, List<String>> groups) {
        var byWord = new java.util.HashMap<String, String>();
        groups.forEach((group, words) -> words.forEach(w -> byWord.put(w, group)));
        return Map.copyOf(byWord);
    }

    private static final Set<String> STOPWORDS = Set.of("the", "a", "an", "and", "or", "but", "of", "in", "on", "at",
            "to", "from", "by", "for", "with", "as", "that", "this", "these", "those", "it", "its", "is", "are", "was",
            "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "not", "no", "said", "says",
            "say", "told", "according", "which", "who", "whom", "whose", "what", "when", "where", "there", "their",
            "they", "them", "he", "she", "his", "her", "we", "our", "you", "i", "also", "after", "before", "into",
            "than", "then", "so", "if", "about", "over", "more", "least", "some", "all", "other", "would", "could",
            "will", "can", "may", "might", "since", "while", "during", "up", "out", "s");
    private static final Pattern CUMULATIVE = Pattern.compile(
            "\\b(since|so far|to date|in total|total|overall|cumulative|altogether|in all|death toll|toll)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Says where someone is now, in the present tense: "troops are inside", "forces remain in". */
    private static final Pattern PRESENT = Pattern.compile(
            "\\b(are|is|remain|remains|still)\\b.{0,40}\\b(inside|in|stationed|deployed|positioned|present)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words for armed forces in any conflict story. */
    private static final Set<String> FORCES = Set.of("forces", "force", "troops", "troop", "army", "soldiers", "soldier",
            "tanks", "tank", "military", "units", "unit", "brigade", "battalion", "militants", "fighters", "police");

    static ClaimProfile of(ClaimId claimId, DocumentId documentId, String quote, ClaimFacts facts, String outlet,
                           LocalDate documentDate) {
        var raw = rawWords(quote);
        var words = new LinkedHashSet<String>();
        for (String w : raw) {
            if (!STOPWORDS.contains(w) && w.length() > 1) {
                words.add(stem(w));
            }
        }
        var terms = Set.copyOf(raw);
        var happenings = Happening.in(terms);
        var names = new LinkedHashMap<String, String>();
        var places = new java.util.HashSet<String>();
        for (var entity : facts.entities()) {
            String key = NameKeys.of(entity.name());
            if (!key.isEmpty()) {
                names.putIfAbsent(key, entity.name());
                if (entity.type() == org.factdesk.claim.Entity.Type.PLACE || locative(quote, entity.name())) {
                    places.add(key);
                }
            }
        }
        var figures = new ArrayList<Figure>();
        for (var q : facts.quantities()) {
            if (q.unit() != null && !q.unit().equals("%")) {
                continue; // money and measures are compared as figures only when they count the same thing
            }
            figures.add(new Figure(q, thing(q.counted()), happeningOf(q, quote, happenings)));
        }
        var days = facts.dates().stream().filter(d -> d.date() != null && d.precision() == ClaimDate.Precision.DAY)
                .map(ClaimDate::date).distinct().toList();
        return new ClaimProfile(claimId, documentId, quote, outlet, documentDate, terms, Set.copyOf(words),
                Map.copyOf(names), List.copyOf(figures), days, happenings, facts.claimant(),
                CUMULATIVE.matcher(quote).find(), PRESENT.matcher(quote).find(), raw.stream().anyMatch(FORCES::contains),
                Set.copyOf(places), null);
    }

    /** Words that put the name after them in a place: "inside Marrow Hill", "forces entered Dunmore". */
    private static final Set<String> LOCATIVE = Set.of("in", "inside", "into", "near", "at", "from", "entered", "invaded",
            "stormed", "reached", "raided", "outside", "around", "of");

    private static boolean locative(String quote, String name) {
        int at = quote.indexOf(name);
        if (at <= 0) {
            return false;
        }
        var before = rawWords(quote.substring(0, at));
        // "in the Al-Qarara village", "village of Marrow Hill": the word before, or before an article
        for (int i = before.size() - 1; i >= Math.max(0, before.size() - 2); i--) {
            if (LOCATIVE.contains(before.get(i))) {
                return true;
            }
            if (!before.get(i).equals("the")) {
                return false;
            }
        }
        return false;
    }

    /** The keys this claim is found by when another claim looks for candidates. */
    Set<String> keys() {
        var keys = new LinkedHashSet<String>();
        names.values().forEach(name -> NameKeys.keys(name).forEach(k -> keys.add("n:" + k)));
        for (var f : figures) {
            if (f.thing() != null || f.happening() != null) {
                keys.add("f:" + f.thing() + ":" + f.happening());
            }
        }
        for (var d : days) {
            keys.add("d:" + d);
            // a name on a day: far rarer than either, so claims sharing it rank first among the candidates
            names.keySet().forEach(n -> keys.add("nd:" + n + "@" + d));
        }
        return keys;
    }

    /** The words joined, for trigram similarity in PostgreSQL. */
    String normalisedText() {
        return String.join(" ", words);
    }

    static List<String> rawWords(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replaceAll("['’`]s\\b", "").toLowerCase(Locale.ROOT);
        var out = new ArrayList<String>();
        for (String w : plain.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * A light English stemmer: plurals and the common verb endings removed, then cut to six letters, so that
     * "expansion" and "expanded", "Israel" and "Israeli" meet across outlets; a key for similarity, not a word.
     */
    static String stem(String w) {
        String s = suffixless(w);
        return s.length() > 6 ? s.substring(0, 6) : s;
    }

    private static String suffixless(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() > 5 && w.endsWith("ing")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.length() > 4 && w.endsWith("ed")) {
            return w.substring(0, w.length() - (w.endsWith("ied") ? 3 : 2));
        }
        return w;
    }

    /** The kind of thing a figure counts, from the last word of its counted phrase. */
    static String thing(String counted) {
        if (counted == null || counted.isBlank()) {
            return null;
        }
        var words = rawWords(counted);
        for (int i = words.size() - 1; i >= 0; i--) {
            String w = words.get(i);
            String group = THING.get(w);
            if (group == null) {
                group = THING.get(suffixless(w));
            }
            if (group != null) {
                return group;
            }
        }
        return suffixless(words.getLast());
    }

    private static Happening happeningOf(Quantity q, String quote, Set<Happening> happenings) {
        if (happenings.size() == 1) {
            return happenings.iterator().next();
        }
        // several happenings: the one named nearest after the figure ("14 killed and 30 injured")
        var after = rawWords(quote.substring(Math.min(quote.length(), q.end())));
        for (int i = 0; i < Math.min(after.size(), 8); i++) {
            for (var h : happenings) {
                if (Happening.in(Set.of(after.get(i))).contains(h)) {
                    return h;
                }
            }
        }
        return happenings.isEmpty() ? null : happenings.iterator().next();
    }
}
