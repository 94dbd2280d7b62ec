package org.factdesk.link;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.factdesk.link.ClaimProfile.Figure;
import org.factdesk.link.ClaimProfile.Happening;

/**
 * Whether two claims of different documents speak of the same fact, how they relate, and why: explicit rules over
 * the facts extraction found, each giving the reason an editor reads. A figure conflicts only with a figure that
 * counts the same kind of thing happening the same way; a running total ("since October") is never the same fact
 * as one day's toll; claims whose days differ and whose figures differ are two events, not a conflict.
 */
final class LinkRules {

    /** What the rules make of a pair, read from the first claim's side. */
    record Suggestion(LinkRelation relation, int score, List<String> reasons, List<Difference> differences) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private LinkRules() {
    }

    static Optional<Suggestion> compare(ClaimProfile a, ClaimProfile b) {
        if (a.documentId().equals(b.documentId())) {
            return Optional.empty();
        }
        var reasons = new ArrayList<String>();
        var differences = new ArrayList<Difference>();

        double lexical = dice(a.words(), b.words());
        double meaning = SentenceEmbeddings.cosine(a.embedding(), b.embedding());
        // wording by words or by meaning, whichever says more: paraphrases share meaning, not words; the meaning
        // scale is shifted, unrelated sentences of one story already sit around 0.3
        double wording = Math.max(lexical, meaning <= 0.35 ? 0 : (meaning - 0.35) / 0.65 * 0.9);
        var sharedNames = new ArrayList<String>();
        a.names().forEach((key, name) -> {
            if (b.names().containsKey(key)) {
                sharedNames.add(name);
            }
        });
        var sharedHappenings = new HashSet<>(a.happenings());
        sharedHappenings.retainAll(b.happenings());

        // figures: the same kind of thing, the same happening, both running totals or neither
        boolean figuresAgree = false;
        String sameThing = null;
        Figure figureA = null; // the first pair of figures that disagree
        Figure figureB = null;
        for (Figure fa : a.figures()) {
            for (Figure fb : b.figures()) {
                if (!sameCountedThing(fa, fb) || a.cumulative() != b.cumulative()) {
                    continue;
                }
                sameThing = sameThing == null ? countedThing(fa) : sameThing;
                if (fa.overlaps(fb)) {
                    figuresAgree = true;
                } else if (figureA == null) {
                    figureA = fa;
                    figureB = fb;
                }
            }
        }
        boolean figuresDisagree = figureA != null;
        boolean figureContradicted = figuresDisagree && !figuresAgree;

        var daysA = a.days();
        var daysB = b.days();
        LocalDate sameDay = daysA.stream().filter(daysB::contains).findFirst().orElse(null);
        boolean daysDiffer = !daysA.isEmpty() && !daysB.isEmpty() && sameDay == null;

        if (lexical >= 0.3) {
            reasons.add(String.format(Locale.ROOT, "similar wording %.2f", lexical));
        }
        if (meaning >= 0.6 && meaning - 0.1 > lexical) {
            reasons.add(String.format(Locale.ROOT, "similar meaning %.2f", meaning));
        }
        if (sameThing != null) {
            reasons.add("same counted thing: " + sameThing);
        }
        if (sameDay != null) {
            reasons.add("same day: " + DAY.format(sameDay));
        }
        if (!sharedNames.isEmpty()) {
            reasons.add("shared names: " + String.join(", ", sharedNames.stream().limit(4).toList()));
        }
        if (!sharedHappenings.isEmpty() && sameThing == null) {
            reasons.add("both say: " + String.join(", ", sharedHappenings.stream().map(Happening::word).sorted().toList()));
        }
        if (a.claimant() != null && b.claimant() != null && NameKeys.of(a.claimant()).equals(NameKeys.of(b.claimant()))) {
            reasons.add("same source: " + a.claimant());
        }

        int names = sharedNames.size();
        int score = (int) Math.round(Math.min(100, 45 * wording + 10 * Math.min(names, 3) + (sameThing != null ? 15 : 0)
                + (sameDay != null ? 12 : 0) + (sharedHappenings.isEmpty() ? 0 : 6)));

        LinkRelation relation;
        var place = sharedPlace(a, b);
        var presence = place.flatMap(p -> presence(a, b));
        if (lexical >= 0.85 && Math.min(a.words().size(), b.words().size()) >= 6 && !figuresDisagree && !daysDiffer
                && a.cumulative() == b.cumulative()) {
            // the same statement, word for word or nearly: copied wire text, a quote passed on
            nameDifference(a, b).ifPresent(differences::add);
            outcomeDifference(a, b).ifPresent(differences::add);
            relation = differences.isEmpty() ? LinkRelation.DUPLICATE : LinkRelation.CONFLICTS;
        } else if (presence.isPresent()) {
            // a movement and a presence of forces at the same place: the same fact, told two ways that cannot agree
            differences.add(presence.get());
            reasons.add("forces at the same place: " + place.orElseThrow());
            score = Math.min(100, score + 20);
            relation = LinkRelation.CONFLICTS;
        } else if (a.cumulative() != b.cumulative() && (!a.figures().isEmpty() || !b.figures().isEmpty())) {
            // a running total beside one day's toll: the same story, never the same fact
            relation = names > 0 || wording >= 0.3 ? LinkRelation.RELATED : null;
            reasons.add("a running total beside a single count");
        } else if (daysDiffer) {
            // another day is a conflict only for the same event told in the same words (or nearly the same meaning)
            if (figureContradicted || lexical < 0.45 && meaning < 0.85 || names == 0) {
                // another day and nothing else to say it is the same fact: two events of the same kind
                relation = names > 0 && (!sharedHappenings.isEmpty() || wording >= 0.3) ? LinkRelation.RELATED : null;
            } else {
                differences.add(new Difference(DifferenceKind.DATE, days(daysA), days(daysB)));
                relation = LinkRelation.CONFLICTS;
            }
        } else if (figureContradicted && (sameDay != null || daysA.isEmpty() && daysB.isEmpty()
                && (names > 0 || wording >= 0.4)) && !tenfold(figureA, figureB)) {
            // one day's figure against an undated one may be a day against a total: not called a conflict
            differences.add(new Difference(DifferenceKind.FIGURE, figureA.describe(), figureB.describe()));
            relation = LinkRelation.CONFLICTS;
        } else if (figuresAgree && (names > 0 || sameDay != null || wording >= 0.3)) {
            relation = LinkRelation.CORROBORATES;
        } else if ((lexical >= 0.4 || meaning >= 0.75) && (names > 0 || sameDay != null)
                || !sharedHappenings.isEmpty() && names > 0 && wording >= 0.2) {
            relation = LinkRelation.CORROBORATES;
        } else if (names > 0 && (wording >= 0.15 || !sharedHappenings.isEmpty())) {
            relation = LinkRelation.RELATED;
        } else if (wording >= 0.5) {
            relation = LinkRelation.RELATED;
        } else {
            relation = null;
        }
        if (relation == null) {
            return Optional.empty();
        }
        if (relation == LinkRelation.CORROBORATES) {
            nameDifference(a, b).ifPresent(differences::add);
            outcomeDifference(a, b).ifPresent(differences::add);
            if (!differences.isEmpty()) {
                relation = LinkRelation.CONFLICTS;
            } else if (lexical >= 0.85) {
                relation = LinkRelation.DUPLICATE;
            }
        }
        return Optional.of(new Suggestion(relation, Math.max(1, score), List.copyOf(reasons), List.copyOf(differences)));
    }

    /**
     * One claim dates a movement (forces entered or withdrew on a day), the other says in the present tense, in a
     * report of another day, that they are there: entering after the report already had them there, or withdrawing
     * before it still had them there, cannot both be true.
     */
    private static Optional<Difference> presence(ClaimProfile a, ClaimProfile b) {
        var fromA = presenceAgainst(a, b);
        if (fromA.isPresent()) {
            return fromA;
        }
        return presenceAgainst(b, a).map(Difference::swapped);
    }

    /** A name both claims give, known as a place on one side at least ("in the village of …"), as the first writes it. */
    private static Optional<String> sharedPlace(ClaimProfile a, ClaimProfile b) {
        return a.names().entrySet().stream()
                .filter(e -> b.names().containsKey(e.getKey())
                        && (a.places().contains(e.getKey()) || b.places().contains(e.getKey())))
                .map(java.util.Map.Entry::getValue).findFirst();
    }

    private static final int PRESENCE_WINDOW_DAYS = 14;

    private static Optional<Difference> presenceAgainst(ClaimProfile dated, ClaimProfile present) {
        // the dated claim tells a movement, not a toll that mentions one ("killed … since the invasion began")
        boolean movementOnly = dated.happenings().stream().allMatch(h -> h == Happening.ENTERED || h == Happening.WITHDREW)
                && dated.figures().isEmpty();
        if (dated.days().size() != 1 || !present.present() || !present.forces() || !dated.forces()
                || !present.happenings().isEmpty() || !movementOnly) {
            return Optional.empty();
        }
        // where they are as of the day the claim names, or else the day its report is dated
        LocalDate reported = present.days().size() == 1 ? present.days().getFirst() : present.documentDate();
        if (reported == null) {
            return Optional.empty();
        }
        LocalDate moved = dated.days().getFirst();
        // within a fortnight: months apart, forces may have left and come back ("a renewed invasion")
        if (Math.abs(java.time.temporal.ChronoUnit.DAYS.between(reported, moved)) > PRESENCE_WINDOW_DAYS) {
            return Optional.empty();
        }
        if (dated.happenings().contains(Happening.ENTERED) && reported.isBefore(moved)) {
            return Optional.of(new Difference(DifferenceKind.DATE, "entered " + DAY.format(moved),
                    "already there on " + DAY.format(reported)));
        }
        if (dated.happenings().contains(Happening.WITHDREW) && reported.isAfter(moved)) {
            return Optional.of(new Difference(DifferenceKind.DATE, "withdrew " + DAY.format(moved),
                    "still there on " + DAY.format(reported)));
        }
        return Optional.empty();
    }

    /** Outcomes that exclude each other, as news tells them: one claim says the first, the other the second. */
    private static final List<List<String>> OPPOSITES = List.of(
            List.of("reopened", "closed"), List.of("opened", "closed"), List.of("released", "detained"),
            List.of("survived", "died"), List.of("survived", "killed"), List.of("confirmed", "denied"),
            List.of("accepted", "rejected"), List.of("rose", "fell"), List.of("increased", "decreased"),
            List.of("won", "lost"), List.of("lifted", "imposed"), List.of("passed", "failed"),
            List.of("acquitted", "convicted"), List.of("captured", "recaptured"), List.of("arrived", "left"));

    /** The same fact with opposite outcomes ("the bridge reopened" / "the bridge stayed closed"). */
    private static Optional<Difference> outcomeDifference(ClaimProfile a, ClaimProfile b) {
        var wordsA = a.terms();
        var wordsB = b.terms();
        for (var pair : OPPOSITES) {
            String x = pair.get(0);
            String y = pair.get(1);
            if (wordsA.contains(x) && !wordsA.contains(y) && wordsB.contains(y) && !wordsB.contains(x)) {
                return Optional.of(new Difference(DifferenceKind.OUTCOME, x, y));
            }
            if (wordsA.contains(y) && !wordsA.contains(x) && wordsB.contains(x) && !wordsB.contains(y)) {
                return Optional.of(new Difference(DifferenceKind.OUTCOME, y, x));
            }
        }
        return Optional.empty();
    }

    /** Two names alike but not spelling variants of one ("Ellen Hart" / "Helen Hart"): the same role, another name. */
    private static Optional<Difference> nameDifference(ClaimProfile a, ClaimProfile b) {
        for (var na : a.names().entrySet()) {
            for (var nb : b.names().entrySet()) {
                if (na.getKey().equals(nb.getKey())) {
                    continue;
                }
                String x = plain(na.getValue());
                String y = plain(nb.getValue());
                // a person's or body's name of two words or more ("Ellen Hart"), not a plural ("Palestinians")
                boolean named = x.indexOf(' ') > 0 || y.indexOf(' ') > 0;
                boolean plural = x.equals(y + "s") || y.equals(x + "s") || x.equals(y + "es") || y.equals(x + "es");
                if (named && !plural && x.length() >= 6 && y.length() >= 6 && similarity(x, y) >= 0.8
                        && !b.names().containsKey(na.getKey())
                        && !a.names().containsKey(nb.getKey())) {
                    return Optional.of(new Difference(DifferenceKind.NAME, na.getValue(), nb.getValue()));
                }
            }
        }
        return Optional.empty();
    }

    /** Figures ten times apart or more: a total and a part, or two events, rather than two accounts of one. */
    private static boolean tenfold(Figure a, Figure b) {
        double x = Math.max(1, a.quantity().value());
        double y = Math.max(1, b.quantity().value());
        return Math.max(x, y) / Math.min(x, y) >= 10;
    }

    static boolean sameCountedThing(Figure a, Figure b) {
        if (a.happening() == null || a.happening() != b.happening()) {
            return false;
        }
        if (a.thing() == null || b.thing() == null) {
            return true;
        }
        return a.thing().equals(b.thing()) || a.thing().equals("person") && !b.thing().equals("rocket")
                && !b.thing().equals("building") || b.thing().equals("person") && !a.thing().equals("rocket")
                && !a.thing().equals("building");
    }

    private static String countedThing(Figure f) {
        String counted = f.quantity().counted();
        String happened = f.happening().word();
        if (counted == null || counted.isBlank()) {
            return happened;
        }
        return counted.toLowerCase(Locale.ROOT).contains(happened) ? counted : counted + " " + happened;
    }

    private static String days(List<LocalDate> days) {
        return String.join(", ", days.stream().map(DAY::format).toList());
    }

    /** Dice's coefficient of two word sets: 1 for the same words, 0 for none shared. */
    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String w : a) {
            if (b.contains(w)) {
                shared++;
            }
        }
        return 2.0 * shared / (a.size() + b.size());
    }

    private static String plain(String name) {
        return String.join(" ", NameKeys.words(name));
    }

    /** 1 − edit distance / longer length. */
    static double similarity(String x, String y) {
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return 1.0 - (double) previous[y.length()] / Math.max(x.length(), y.length());
    }
}
